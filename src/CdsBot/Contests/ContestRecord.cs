namespace CdsBot.Contests;

/// <summary>
/// A quiz contest staff run ("Cuộc thi tìm hiểu về chuyển đổi số"): who organises it, its rules, how many questions an
/// attempt draws from its bank and how long each may take, and an optional tie-breaker prediction question.
/// </summary>
public sealed class ContestRecord
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public required string Organiser { get; set; }

    public required string Rules { get; set; }

    public int QuestionsPerAttempt { get; set; }

    public int SecondsPerQuestion { get; set; }

    /// <summary>The tie-breaker ("Dự đoán số người tham gia vòng thi"), or null for none.</summary>
    public string? PredictionQuestion { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
