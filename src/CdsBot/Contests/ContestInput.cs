namespace CdsBot.Contests;

/// <summary>What staff write for a contest: the contest, its rounds (Vietnam time, "2026-10-10T08:00") and its question bank.</summary>
public sealed record ContestInput
{
    public string? Title { get; init; }

    public string? Organiser { get; init; }

    public string? Rules { get; init; }

    public int QuestionsPerAttempt { get; init; }

    public int SecondsPerQuestion { get; init; }

    public string? PredictionQuestion { get; init; }

    public IReadOnlyList<RoundInput>? Rounds { get; init; }

    public IReadOnlyList<QuestionInput>? Questions { get; init; }

    public sealed record RoundInput(string? Name, string? StartsAt, string? EndsAt);

    /// <param name="Correct">The index of the right answer in <paramref name="Choices"/>.</param>
    public sealed record QuestionInput(string? Text, IReadOnlyList<string>? Choices, int Correct);
}
