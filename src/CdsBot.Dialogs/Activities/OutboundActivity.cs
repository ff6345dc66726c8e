namespace CdsBot.Dialogs.Activities;

/// <summary>
/// One message from the bot. Channels render it within their own limits (lengths, button counts);
/// the core never knows which channel it talks to.
/// </summary>
public sealed record OutboundActivity
{
    /// <summary>The message text (Vietnamese, NFC).</summary>
    public string? Text { get; init; }

    /// <summary>Suggested answers shown under the message.</summary>
    public IReadOnlyList<QuickReply> QuickReplies { get; init; } = [];

    /// <summary>Buttons attached to the message.</summary>
    public IReadOnlyList<ActionButton> Buttons { get; init; } = [];

    /// <summary>A picture to show.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>A short list of entries.</summary>
    public IReadOnlyList<ListItem> Items { get; init; } = [];

    /// <summary>A plain text message.</summary>
    public static OutboundActivity FromText(string text) => new() { Text = text };
}
