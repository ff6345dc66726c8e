using CdsBot.Storage;

namespace CdsBot.Inbox;

/// <summary>What became of one send.</summary>
/// <param name="Delivered">Accepted by the platform.</param>
/// <param name="Retryable">Not delivered, but worth another attempt later (rate limits, outages).</param>
/// <param name="PlatformMessageId">The platform's id of the message, when delivered.</param>
/// <param name="Reason">Why it was not delivered.</param>
/// <param name="PartsSent">How many platform messages of the reply are sent (all of them when delivered).</param>
/// <param name="RateLimited">The platform said the sender (the Page, the OA) is over its rate: every send on the channel should wait.</param>
/// <param name="RetryAfter">How long the platform asked to wait, when it said.</param>
public sealed record SendOutcome(bool Delivered, bool Retryable, string? PlatformMessageId, string? Reason, int PartsSent = 0, bool RateLimited = false, TimeSpan? RetryAfter = null)
{
    /// <summary>
    /// What the send says of the citizen (parts counted against their window), for whoever records the outcome to add to
    /// the writes recording it (in the same transaction where the outcome is written in one); null when there is nothing to write.
    /// </summary>
    public Action<StatementBatch>? Record { get; init; }

    public static SendOutcome Sent(string? platformMessageId, int parts = 1) => new(true, false, platformMessageId, null, parts);

    public static SendOutcome Permanent(string reason, int partsSent = 0) => new(false, false, null, reason, partsSent);

    public static SendOutcome Transient(string reason, int partsSent = 0) => new(false, true, null, reason, partsSent);

    /// <summary>Not delivered because the channel is over its rate; retry later, and hold the channel's other sends back.</summary>
    public static SendOutcome Throttled(string reason, int partsSent = 0, TimeSpan? retryAfter = null) => new(false, true, null, reason, partsSent, true, retryAfter);
}
