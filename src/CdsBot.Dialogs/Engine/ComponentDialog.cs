namespace CdsBot.Dialogs.Engine;

/// <summary>
/// A dialog made of dialogs: it runs its own inner stack, so a flow (with its prompts and steps) is
/// one reusable unit on the outer stack. Override <see cref="OnContinueAsync"/> to handle
/// interruptions before the inner dialogs see the message.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private readonly DialogSet _dialogs = new();

    /// <summary>The inner dialog begun when the component begins; by default the first one added.</summary>
    protected string? InitialDialogId { get; set; }

    /// <summary>Registers an inner dialog.</summary>
    protected void AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
    }

    /// <inheritdoc />
    public sealed override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => OnBeginAsync(inner, options, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public sealed override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => OnContinueAsync(inner, cancellationToken), cancellationToken);

    /// <summary>A dialog this component began on the outer stack ended; by default the component re-asks and waits.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc.Turn, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc />
    public override Task RepromptAsync(TurnContext turn, DialogInstance instance, CancellationToken cancellationToken)
    {
        var inner = new DialogContext(_dialogs, turn, instance.GetState<ComponentState>().Stack);
        return inner.RepromptDialogAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override async Task EndAsync(TurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var inner = new DialogContext(_dialogs, turn, instance.GetState<ComponentState>().Stack);
            await inner.CancelAllDialogsAsync(cancellationToken);
            instance.SetState(new ComponentState { Stack = inner.Stack });
        }
    }

    /// <summary>Begins the inner flow; by default the initial dialog.</summary>
    protected virtual Task<DialogTurnResult> OnBeginAsync(DialogContext inner, object? options, CancellationToken cancellationToken) =>
        inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException(
            $"Component '{Id}' has no dialogs; call AddDialog() in its constructor."), options, cancellationToken);

    /// <summary>Continues the inner flow; override to intercept messages first.</summary>
    protected virtual Task<DialogTurnResult> OnContinueAsync(DialogContext inner, CancellationToken cancellationToken) =>
        inner.ContinueDialogAsync(cancellationToken);

    /// <summary>The inner flow completed; by default the component ends with its result.</summary>
    protected virtual Task<DialogTurnResult> OnInnerCompletedAsync(DialogContext outer, object? result, CancellationToken cancellationToken) =>
        outer.EndDialogAsync(result, cancellationToken);

    private async Task<DialogTurnResult> RunInnerAsync(DialogContext outer, Func<DialogContext, Task<DialogTurnResult>> run, CancellationToken cancellationToken)
    {
        var instance = outer.ActiveDialog!;
        var inner = new DialogContext(_dialogs, outer.Turn, instance.GetState<ComponentState>().Stack);
        var result = await run(inner);
        instance.SetState(new ComponentState { Stack = inner.Stack });
        return result.Status is DialogTurnStatus.Complete or DialogTurnStatus.Cancelled or DialogTurnStatus.Empty
               && inner.Stack.Count == 0
            ? await OnInnerCompletedAsync(outer, result.Result, cancellationToken)
            : DialogTurnResult.Waiting;
    }
}
