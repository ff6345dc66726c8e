namespace CdsBot.Channels.Messenger;

/// <summary>What the bot knows of one person on the Page: when they last wrote (the 24-hour window) and reachability.</summary>
public sealed class MessengerUserRecord
{
    /// <summary>The page-scoped id.</summary>
    public required string Psid { get; set; }

    /// <summary>Unix milliseconds of the person's last message, postback, referral or opt-in.</summary>
    public long LastInboundMs { get; set; }

    /// <summary>Why the last send could not reach the person, if it could not.</summary>
    public string? Unreachable { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
