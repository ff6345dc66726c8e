namespace CdsBot.Dialogs.Activities;

/// <summary>What an inbound activity is, independent of the channel that delivered it.</summary>
public enum ActivityKind
{
    /// <summary>The citizen wrote text, pressed a button or sent an attachment.</summary>
    Message,

    /// <summary>The citizen followed the account or pressed "Get Started".</summary>
    Follow,

    /// <summary>The citizen unfollowed or blocked the account; nothing may be sent back.</summary>
    Unfollow,

    /// <summary>The citizen submitted a form the account asked for (e.g. Zalo's user_submit_info).</summary>
    SubmitInfo,
}
