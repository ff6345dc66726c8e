namespace CdsBot.Channels.Zalo;

/// <summary>What the bot knows of one Zalo user: following, and the reply window (48 h / 8 messages by default).</summary>
public sealed class ZaloUserRecord
{
    public required string UserId { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>Unix milliseconds of the last profile look-up (names are cached, looked up again after a day).</summary>
    public long ProfileFetchedMs { get; set; }

    /// <summary>True after a follow, false after an unfollow, null while the user has done neither (wrote, or pressed "chat now").</summary>
    public bool? Followed { get; set; }

    /// <summary>Unix milliseconds of the user's last message or follow.</summary>
    public long LastInboundMs { get; set; }

    /// <summary>Messages sent to the user since <see cref="LastInboundMs"/>.</summary>
    public int RepliesSinceInbound { get; set; }

    /// <summary>Why the last send could not reach the user, if it could not.</summary>
    public string? Unreachable { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
