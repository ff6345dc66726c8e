namespace CdsBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt made of the citizen's answer.</summary>
/// <param name="Succeeded">Whether a value was recognized.</param>
/// <param name="Value">The value, when recognized.</param>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value)
{
    /// <summary>Nothing was recognized.</summary>
    public static PromptRecognition<T> Failed { get; } = new(false, default);

    /// <summary><paramref name="value"/> was recognized.</summary>
    public static PromptRecognition<T> Of(T value) => new(true, value);
}
