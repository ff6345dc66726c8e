namespace CdsBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt asks and how often it asks again. Persisted with the conversation.</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public required string Prompt { get; init; }

    /// <summary>Said instead of the question after an answer that was not understood or not valid.</summary>
    public string? RetryPrompt { get; init; }

    /// <summary>The options of a choice prompt, shown as quick replies.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>After this many answers that were not accepted the prompt gives up and returns null.</summary>
    public int MaxAttempts { get; init; } = 3;
}
