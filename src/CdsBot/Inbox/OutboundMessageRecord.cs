namespace CdsBot.Inbox;

/// <summary>
/// A reply a committed turn owes a citizen. Written in the same transaction as the turn's state and its event's
/// completion; sent afterwards and marked sent, so a restart sends what is owed and nothing twice.
/// </summary>
public sealed class OutboundMessageRecord
{
    public long Id { get; set; }

    public long InboxEventId { get; set; }

    /// <summary>The reply's position among the turn's replies.</summary>
    public int Sequence { get; set; }

    public required string Channel { get; set; }

    public required string RecipientId { get; set; }

    /// <summary>The channel-neutral <see cref="CdsBot.Dialogs.Activities.OutboundActivity"/> as JSON.</summary>
    public required string Body { get; set; }

    public string Status { get; set; } = InboxStatus.Pending;

    public int Attempts { get; set; }

    /// <summary>Unix milliseconds before which the next attempt may not start (back-off after transient failures).</summary>
    public long NextAttemptMs { get; set; }

    /// <summary>Platform messages of this reply already sent (a long text goes out in parts).</summary>
    public int PartsSent { get; set; }

    public string? PlatformMessageId { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The campaign ledger row this message delivers, for a deferred campaign message; its outcome is copied there.</summary>
    public long? CampaignDeliveryId { get; set; }

    /// <summary>The W3C trace parent of the turn that wrote the reply, so its send joins that trace even when retried later.</summary>
    public string? TraceParent { get; set; }
}
