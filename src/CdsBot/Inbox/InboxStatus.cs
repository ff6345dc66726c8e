namespace CdsBot.Inbox;

/// <summary>States of inbox events and outbound messages.</summary>
public static class InboxStatus
{
    public const string Pending = "pending";
    public const string Done = "done";

    /// <summary>An outbound message being handed to the platform now (set just before the call).</summary>
    public const string Sending = "sending";

    public const string Sent = "sent";
    public const string Failed = "failed";

    /// <summary>An outbound message whose platform call was cut off (the host died during it): it may have arrived, so it is not sent again.</summary>
    public const string Unknown = "unknown";

    /// <summary>An inbox event that cannot be understood: kept with the reason in its error, never retried, never a turn.</summary>
    public const string Ignored = "ignored";
}
