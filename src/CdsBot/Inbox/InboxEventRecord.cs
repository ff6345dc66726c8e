namespace CdsBot.Inbox;

/// <summary>
/// One inbound channel event, stored raw as received before the webhook answered 200. Unique per
/// (channel, channel message id), so a redelivery is dropped at the insert.
/// </summary>
public sealed class InboxEventRecord
{
    /// <summary>Arrival order; events of one conversation are processed in this order.</summary>
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ChannelMessageId { get; set; }

    /// <summary>The conversation on the channel (e.g. the Zalo user id), for per-conversation ordering.</summary>
    public required string ConversationId { get; set; }

    /// <summary>The event's own JSON (for Zalo the whole body; for batched channels one event of the batch).</summary>
    public required string Body { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>"pending", "done" (turn committed), "failed" (gave up after repeated errors) or "ignored" (cannot be understood; <see cref="Error"/> says why).</summary>
    public string Status { get; set; } = InboxStatus.Pending;

    public int Attempts { get; set; }

    public string? LeaseOwner { get; set; }

    /// <summary>Unix milliseconds until which <see cref="LeaseOwner"/> holds the event.</summary>
    public long LeaseUntilMs { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public string? Error { get; set; }

    /// <summary>The W3C trace parent of the span that stored the event, so the worker's turn continues the webhook's trace.</summary>
    public string? TraceParent { get; set; }
}
