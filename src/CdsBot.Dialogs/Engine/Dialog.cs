namespace CdsBot.Dialogs.Engine;

/// <summary>
/// A unit of conversation. Dialogs are stateless singletons registered in a <see cref="DialogSet"/>;
/// their per-conversation state lives in the <see cref="DialogInstance"/> on the stack.
/// </summary>
public abstract class Dialog
{
    /// <summary>Creates a dialog with a unique id.</summary>
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The id the dialog is registered and stacked under.</summary>
    public string Id { get; }

    /// <summary>Called when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Called with the citizen's next message while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child dialog ended and this one is active again. By default it ends with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the citizen again for what this dialog waits for.</summary>
    public virtual Task RepromptAsync(TurnContext turn, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called as the dialog leaves the stack.</summary>
    public virtual Task EndAsync(TurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
