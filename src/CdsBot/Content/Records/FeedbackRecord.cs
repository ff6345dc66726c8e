namespace CdsBot.Content.Records;

/// <summary>A citizen's latest "was this helpful?" vote on an item in one conversation.</summary>
public sealed class FeedbackRecord
{
    public long Id { get; set; }

    public required string ItemId { get; set; }

    public bool Helpful { get; set; }

    public required string Channel { get; set; }

    public required string ConversationId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset At { get; set; }
}
