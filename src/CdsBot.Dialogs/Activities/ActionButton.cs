namespace CdsBot.Dialogs.Activities;

/// <summary>A button attached to a message: it either sends a payload back or opens a link.</summary>
public sealed record ActionButton
{
    /// <summary>What the citizen sees.</summary>
    public required string Title { get; init; }

    /// <summary>The payload sent back when pressed; null for a link button.</summary>
    public string? Payload { get; init; }

    /// <summary>The address opened when pressed; null for a payload button.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// What the citizen can type instead of pressing a payload button ("thi"), for channels that cannot show one in a
    /// message of this kind; null when there is nothing to type.
    /// </summary>
    public string? Typed { get; init; }

    /// <summary>A button that sends <paramref name="payload"/> back to the bot.</summary>
    public static ActionButton Postback(string title, string payload) => new() { Title = title, Payload = payload };

    /// <summary>A button that opens <paramref name="url"/>.</summary>
    public static ActionButton OpenUrl(string title, string url) => new() { Title = title, Url = url };
}
