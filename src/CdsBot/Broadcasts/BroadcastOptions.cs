namespace CdsBot.Broadcasts;

/// <summary>Broadcast delivery (configuration section "Broadcasts", environment variables Broadcasts__*).</summary>
public sealed class BroadcastOptions
{
    /// <summary>Run the broadcast worker on this instance.</summary>
    public bool Enabled { get; set; } = true;

    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Ledger rows claimed at a time.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// Sends in flight at once per instance. A rate needs rate × the platform's answer time in flight: 40/s (Meta's
    /// ceiling) at 0.8 s takes 32. Throttled, only that many are in flight, whatever this allows, and a crash can leave
    /// only those in doubt.
    /// </summary>
    public int Concurrency { get; set; } = 32;

    /// <summary>A claim not turned into a send within this time returns to the queue.</summary>
    public int ClaimLeaseSeconds { get; set; } = 300;

    public int MaxAttempts { get; set; } = 6;

    /// <summary>Back-off before a recipient whose send failed transiently is tried again; doubles per attempt, at most 5 minutes.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>Messages per second per channel, all instances together; 0 = unthrottled. Meta freezes Pages above about 40/s.</summary>
    public Dictionary<string, double> MessagesPerSecond { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["messenger"] = 20,
        ["zalo"] = 20,
    };

    /// <summary>When a platform says the channel is over its rate, no campaign message goes out on it for this long
    /// (or as long as the platform asked, if longer): calling while throttled extends Meta's block.</summary>
    public int RateLimitPauseSeconds { get; set; } = 60;

    /// <summary>Deferred campaign messages delivered with one answer at most.</summary>
    public int DeferredPerMessage { get; set; } = 1;

    /// <summary>The bot's public address, for tracked links (/r/{token}).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>An unsubscribe this many hours after a campaign message counts as an opt-out it caused.</summary>
    public int OptOutAttributionHours { get; set; } = 48;

    /// <summary>How long deferred copies stay deliverable when a campaign names no expiry.</summary>
    public int DefaultExpiryDays { get; set; } = 7;
}
