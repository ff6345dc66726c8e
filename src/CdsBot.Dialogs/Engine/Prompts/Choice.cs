namespace CdsBot.Dialogs.Engine.Prompts;

/// <summary>One option of a <see cref="ChoicePrompt"/>.</summary>
public sealed record Choice
{
    /// <summary>What the citizen sees (a quick reply title).</summary>
    public required string Title { get; init; }

    /// <summary>The value returned, and the payload of its quick reply.</summary>
    public required string Value { get; init; }

    /// <summary>Other words that pick this option.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}
