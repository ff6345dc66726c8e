namespace CdsBot.Contests;

/// <summary>A multiple-choice question of a contest's bank, with its one right answer.</summary>
public sealed class ContestQuestionRecord
{
    public long Id { get; set; }

    public long ContestId { get; set; }

    public required string Text { get; set; }

    public List<string> Choices { get; set; } = [];

    public int CorrectIndex { get; set; }
}
