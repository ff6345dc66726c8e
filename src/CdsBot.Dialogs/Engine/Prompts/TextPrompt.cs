namespace CdsBot.Dialogs.Engine.Prompts;

/// <summary>Asks for free text; any non-blank message is recognized.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    /// <inheritdoc />
    protected override PromptRecognition<string> Recognize(TurnContext turn, PromptOptions options) =>
        turn.Activity.Text is { } text && !string.IsNullOrWhiteSpace(text)
            ? PromptRecognition<string>.Of(text.Trim())
            : PromptRecognition<string>.Failed;
}
