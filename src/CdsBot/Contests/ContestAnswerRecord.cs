namespace CdsBot.Contests;

/// <summary>One answer of an attempt (or its timeout, with no choice): unique per attempt and position.</summary>
public sealed class ContestAnswerRecord
{
    public long Id { get; set; }

    public long AttemptId { get; set; }

    public int Position { get; set; }

    public long QuestionId { get; set; }

    /// <summary>The answer chosen; null when the time ran out.</summary>
    public int? Choice { get; set; }

    public bool Correct { get; set; }

    public long ElapsedMilliseconds { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }

    /// <summary>The message that gave the answer (the activity's id), so the same message run again gets the same verdict.</summary>
    public string? SubmitId { get; set; }
}
