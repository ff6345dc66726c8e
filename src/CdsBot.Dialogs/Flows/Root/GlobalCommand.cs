namespace CdsBot.Dialogs.Flows.Root;

/// <summary>A command that works at any step of any dialog.</summary>
public enum GlobalCommand
{
    /// <summary>Leave whatever is running and show the main menu.</summary>
    Menu,

    /// <summary>Leave whatever is running and explain how to use the bot.</summary>
    Help,

    /// <summary>Leave whatever is running.</summary>
    Cancel,
}
