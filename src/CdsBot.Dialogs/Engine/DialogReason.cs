namespace CdsBot.Dialogs.Engine;

/// <summary>Why a dialog is resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>A dialog ended normally (its own choice, or its child's).</summary>
    EndCalled,

    /// <summary>The dialog was replaced by another on the stack.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled, e.g. by a global "hủy".</summary>
    CancelCalled,
}
