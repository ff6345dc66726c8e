namespace CdsBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt validator sees.</summary>
public sealed record PromptValidatorContext<T>(TurnContext Turn, PromptRecognition<T> Recognized, PromptOptions Options, int AttemptCount);
