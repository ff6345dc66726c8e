namespace CdsBot.Dialogs.Engine.Prompts;

/// <summary>Decides whether a recognized answer is acceptable; a validator may send its own explanation.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);
