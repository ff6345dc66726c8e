namespace CdsBot.Broadcasts;

/// <summary>
/// One recipient of one campaign in the delivery ledger. Unique per (campaign, channel, user), so a citizen is
/// targeted once. A row is claimed before it is sent and marked "sending" just before the platform call: a row
/// found "sending" after a crash may have reached the citizen, so it is recorded as unknown and never sent again.
/// </summary>
public sealed class DeliveryRecord
{
    public long Id { get; set; }

    public long CampaignId { get; set; }

    public required string Channel { get; set; }

    public required string UserId { get; set; }

    public string Status { get; set; } = DeliveryStatus.Queued;

    /// <summary>How it went or will go out: see <see cref="DeliveryLanes"/>.</summary>
    public string? Lane { get; set; }

    /// <summary>Why it was deferred, skipped or failed.</summary>
    public string? Reason { get; set; }

    public int Attempts { get; set; }

    /// <summary>Unix ms before which the row is not picked up (claim lease, or back-off after a transient failure).</summary>
    public long NextAttemptMs { get; set; }

    /// <summary>The dispatcher instance holding the claim.</summary>
    public string? ClaimedBy { get; set; }

    public int PartsSent { get; set; }

    public string? PlatformMessageId { get; set; }

    /// <summary>The token of this recipient's tracked link (/r/{token}).</summary>
    public required string ClickToken { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public DateTimeOffset? ClickedAt { get; set; }

    public int Clicks { get; set; }

    /// <summary>The citizen unsubscribed within the opt-out attribution window after this was sent.</summary>
    public DateTimeOffset? OptedOutAt { get; set; }
}
