namespace CdsBot.Dialogs.Engine;

/// <summary>
/// A dialog stack at work in one turn: begin, continue, end, replace and cancel dialogs on it.
/// A component dialog runs its children on an inner context of its own.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext turn, List<DialogInstance> stack)
{
    /// <summary>The dialogs this context can begin.</summary>
    public DialogSet Dialogs { get; } = dialogs;

    /// <summary>The turn being processed.</summary>
    public TurnContext Turn { get; } = turn;

    /// <summary>The stack, innermost last.</summary>
    public List<DialogInstance> Stack { get; } = stack;

    /// <summary>The innermost dialog instance, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = Dialogs.Find(dialogId) ?? throw new InvalidOperationException(
            $"Dialog '{dialogId}' was not found. Add it to the dialog set (ComponentDialog.AddDialog or DialogSet.Add) before beginning it.");
        Stack.Add(new DialogInstance { Id = dialogId });
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Hands the turn to the active dialog; <see cref="DialogTurnResult.Empty"/> when there is none.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } active
            ? FindDialog(active).ContinueAsync(this, cancellationToken)
            : Task.FromResult(DialogTurnResult.Empty);

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        return ActiveDialog is { } parent
            ? await FindDialog(parent).ResumeAsync(this, DialogReason.EndCalled, result, cancellationToken)
            : new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog without resuming its parent and begins <paramref name="dialogId"/> in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on this stack.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return DialogTurnResult.Empty;
        }

        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } active
            ? FindDialog(active).RepromptAsync(Turn, active, cancellationToken)
            : Task.CompletedTask;

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        await FindDialog(active).EndAsync(Turn, active, reason, cancellationToken);
        Stack.RemoveAt(Stack.Count - 1);
    }

    private Dialog FindDialog(DialogInstance instance) =>
        Dialogs.Find(instance.Id) ?? throw new UnknownDialogException(instance.Id);
}
