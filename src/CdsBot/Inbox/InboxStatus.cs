namespace CdsBot.Inbox;

/// <summary>States of inbox events and outbound messages.</summary>
public static class InboxStatus
{
    public const string Pending = "pending";
    public const string Done = "done";
    public const string Sent = "sent";
    public const string Failed = "failed";

    /// <summary>An inbox event that cannot be understood: kept with the reason in its error, never retried, never a turn.</summary>
    public const string Ignored = "ignored";
}
