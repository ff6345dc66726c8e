namespace CdsBot.Content.Records;

/// <summary>A question the bot declined or was unsure about, waiting for staff review.</summary>
public sealed class UnansweredRecord
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ConversationId { get; set; }

    public required string UserId { get; set; }

    public required string Text { get; set; }

    /// <summary>The question folded (no diacritics, lower case), for grouping similar questions.</summary>
    public required string Folded { get; set; }

    /// <summary>"declined" or "suggested".</summary>
    public required string Band { get; set; }

    public string? BestItemId { get; set; }

    public double? BestScore { get; set; }

    public int TurnNumber { get; set; }

    public DateTimeOffset AskedAt { get; set; }

    /// <summary>"open" until staff act on it.</summary>
    public string Status { get; set; } = "open";
}
