namespace CdsBot.Inbox;

/// <summary>The durable inbox's worker (configuration section "Inbox").</summary>
public sealed class InboxOptions
{
    /// <summary>Whether this instance runs the inbox worker (an instance may only take webhooks).</summary>
    public bool ProcessingEnabled { get; set; } = true;

    /// <summary>How often the worker looks for work nobody signalled (other instances' events, retries).</summary>
    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>How long a claimed event is held before another instance may take it over.</summary>
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How many pending events the worker reads at a time, beyond those of the conversations it is processing.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// Conversations whose turns run side by side (each one's events stay in order). Their commits share transactions
    /// (GroupCommit), so more of them in flight means fewer, larger commits.
    /// </summary>
    public int ConversationsInParallel { get; set; } = 16;

    /// <summary>After this many failed attempts an event is marked failed (and logged) instead of retried.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Attempts at sending one reply before it is marked failed.</summary>
    public int MaxSendAttempts { get; set; } = 8;
}
