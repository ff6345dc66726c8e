namespace CdsBot.Channels.Zalo;

/// <summary>The parts of a Zalo OA webhook event the bot uses, read leniently (numbers may arrive as strings).</summary>
public sealed record ZaloEvent
{
    public required string AppId { get; init; }

    public required string EventName { get; init; }

    /// <summary>The timestamp exactly as the body carries it (it is part of the signature).</summary>
    public required string TimestampText { get; init; }

    public long TimestampMs { get; init; }

    public string? SenderId { get; init; }

    public string? RecipientId { get; init; }

    public string? MessageId { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<(string Type, string? Url)> Attachments { get; init; } = [];

    /// <summary>For follow/unfollow: the follower's id.</summary>
    public string? FollowerId { get; init; }

    /// <summary>The top-level user_id some events carry instead of a sender (user_click_chatnow).</summary>
    public string? TopLevelUserId { get; init; }

    /// <summary>The citizen this event is about: the follower of a follow, the sender of a message, the user who pressed "chat now".</summary>
    public string? UserId => FollowerId ?? SenderId ?? TopLevelUserId;

    /// <summary>Echoes of what the OA itself sent; never user input.</summary>
    public bool IsEcho => EventName.StartsWith("oa_send_", StringComparison.Ordinal);

    /// <summary>Delivery and seen receipts: stored, recorded on campaign messages, never answered.</summary>
    public bool IsReceipt => EventName is "user_received_message" or "user_seen_message";

    /// <summary>A key unique per event: the message id, else event name + user + timestamp.</summary>
    public string DeduplicationKey => MessageId is { Length: > 0 } id ? id : $"{EventName}:{UserId}:{TimestampText}";
}
