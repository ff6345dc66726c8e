namespace CdsBot.Dialogs.Activities;

/// <summary>One entry of a short list (a carousel or list template where the channel has one).</summary>
public sealed record ListItem
{
    /// <summary>The entry's title.</summary>
    public required string Title { get; init; }

    /// <summary>A line under the title.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The payload sent back when the entry is chosen.</summary>
    public string? Payload { get; init; }

    /// <summary>A link the entry opens.</summary>
    public string? Url { get; init; }

    /// <summary>A picture for the entry.</summary>
    public string? ImageUrl { get; init; }
}
