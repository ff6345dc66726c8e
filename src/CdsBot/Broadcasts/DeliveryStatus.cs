namespace CdsBot.Broadcasts;

/// <summary>Where a ledger row stands.</summary>
public static class DeliveryStatus
{
    /// <summary>Waiting for the dispatcher (or backing off after a transient failure).</summary>
    public const string Queued = "queued";

    /// <summary>Claimed by a dispatcher, not yet handed to the platform; returns to queued if the claim lapses.</summary>
    public const string Claimed = "claimed";

    /// <summary>Being handed to the platform now.</summary>
    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>Outside every lane the channel allows: goes out with the bot's answer the next time the citizen writes.</summary>
    public const string Deferred = "deferred";

    /// <summary>The platform refused it for good, or retries ran out.</summary>
    public const string Failed = "failed";

    /// <summary>Not sent on purpose (unsubscribed, unfollowed, campaign cancelled).</summary>
    public const string Skipped = "skipped";

    /// <summary>Deferred until the campaign expired without the citizen writing.</summary>
    public const string Expired = "expired";

    /// <summary>The host stopped during the platform call: it may have arrived, so it is not sent again.</summary>
    public const string Unknown = "unknown";
}

/// <summary>The ways a broadcast can reach a citizen.</summary>
public static class DeliveryLanes
{
    /// <summary>Zalo consultation message inside the reply window and its allowance.</summary>
    public const string ZaloConsultation = "zalo-cs";

    /// <summary>Zalo promotion message to a follower, counted against the monthly quota.</summary>
    public const string ZaloPromotion = "zalo-promotion";

    /// <summary>Messenger message inside the 24-hour window, messaging_type UPDATE.</summary>
    public const string MessengerUpdate = "messenger-update";

    /// <summary>Web chat: put in the conversation's mailbox while its page was open, so shown at once.</summary>
    public const string WebOpenPage = "web-open-page";

    /// <summary>Web chat: put in the conversation's mailbox while no page was open; shown on the next visit.</summary>
    public const string WebNextVisit = "web-next-visit";

    /// <summary>Delivered with the bot's answer when the citizen next wrote.</summary>
    public const string NextMessage = "next-message";
}
