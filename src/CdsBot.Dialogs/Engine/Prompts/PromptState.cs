namespace CdsBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt remembers between turns.</summary>
public sealed class PromptState
{
    /// <summary>The options it was begun with.</summary>
    public PromptOptions? Options { get; set; }

    /// <summary>How many answers it has received.</summary>
    public int Attempts { get; set; }
}
