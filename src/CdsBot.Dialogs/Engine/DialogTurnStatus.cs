namespace CdsBot.Dialogs.Engine;

/// <summary>Where the dialog stack stands after a dialog call.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty: nothing was running.</summary>
    Empty,

    /// <summary>The active dialog waits for the citizen's next message.</summary>
    Waiting,

    /// <summary>The dialog ended and returned a result.</summary>
    Complete,

    /// <summary>The dialog was cancelled.</summary>
    Cancelled,
}
