namespace CdsBot.Dialogs.Engine;

/// <summary>
/// A stored stack names a dialog this version does not register (it was renamed or removed while conversations
/// were in it). <see cref="TurnRunner"/> resets such a conversation to the root dialog.
/// </summary>
public sealed class UnknownDialogException(string dialogId) : InvalidOperationException(
    $"The stack holds dialog '{dialogId}', which this dialog set does not know. A dialog was renamed or removed " +
    "while conversations were in it; the runner resets such a stack to the root dialog.")
{
    /// <summary>The id found on the stack.</summary>
    public string DialogId { get; } = dialogId;
}
