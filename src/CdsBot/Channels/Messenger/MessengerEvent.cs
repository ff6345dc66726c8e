namespace CdsBot.Channels.Messenger;

/// <summary>One item of an entry's messaging[] or standby[] list, read into what the bot uses.</summary>
public sealed record MessengerEvent
{
    /// <summary>message, echo, postback, referral, optin, read, delivery, or other.</summary>
    public required string Kind { get; init; }

    /// <summary>The id of the Page the delivery's entry is for (entry[].id); not kept with the stored item.</summary>
    public string? PageId { get; init; }

    /// <summary>The person's page-scoped id (PSID).</summary>
    public required string SenderId { get; init; }

    /// <summary>The mid, or for events without one a key built from their content.</summary>
    public required string DeduplicationKey { get; init; }

    public long TimestampMs { get; init; }

    /// <summary>Delivered in standby[]: another app (Page Inbox, a live-agent tool) holds the thread (handover protocol).</summary>
    public bool Standby { get; init; }

    /// <summary>The text of a message, or the title of a postback delivered without its payload.</summary>
    public string? Text { get; init; }

    /// <summary>A quick reply's or a postback's payload.</summary>
    public string? Payload { get; init; }

    /// <summary>
    /// The ref of an m.me link, ad or QR code the person came through ("m.me/page?ref=CONTEST"): on a referral, or on the
    /// Get Started postback of a first conversation.
    /// </summary>
    public string? Ref { get; init; }

    public IReadOnlyList<(string? Type, string? Url)> Attachments { get; init; } = [];

    /// <summary>For delivery and read receipts: the mids named, and the watermark (everything sent before it).</summary>
    public IReadOnlyList<string> ReceiptMessageIds { get; init; } = [];

    public long? ReceiptWatermark { get; init; }

    /// <summary>The item as delivered, for the inbox.</summary>
    public required string Json { get; init; }

    /// <summary>Whether the bot answers it; echoes, reads and deliveries are bookkeeping only.</summary>
    public bool NeedsTurn => Kind is "message" or "postback" or "referral" or "optin";

    /// <summary>Delivery and read receipts: stored, recorded on campaign messages, never answered.</summary>
    public bool IsReceipt => Kind is "delivery" or "read";
}
