using System.Text.Json;

namespace CdsBot.Dialogs.Engine;

/// <summary>
/// A dialog that runs its steps in order. A step either waits (for a prompt or the citizen's next
/// message) or moves on; when a child dialog ends, the next step receives its result.
/// </summary>
public class WaterfallDialog : Dialog
{
    private readonly IReadOnlyList<WaterfallStep> _steps;

    /// <summary>Creates a waterfall of <paramref name="steps"/>.</summary>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps) : base(id)
    {
        _steps = [.. steps];
        if (_steps.Count == 0)
        {
            throw new ArgumentException($"Waterfall '{id}' needs at least one step.", nameof(steps));
        }
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = new WaterfallState
        {
            StepIndex = -1,
            Options = options is null ? null : JsonSerializer.SerializeToNode(options, options.GetType(), StateJson.Options),
        };
        Active(dc).SetState(state);
        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = Active(dc).GetState<WaterfallState>();
        return RunStepAsync(dc, state.StepIndex + 1, dc.Turn.Activity.Payload ?? dc.Turn.Activity.Text, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var state = Active(dc).GetState<WaterfallState>();
        return RunStepAsync(dc, state.StepIndex + 1, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = Active(dc);
        var state = instance.GetState<WaterfallState>();
        state.StepIndex = index;
        instance.SetState(state);
        return await _steps[index](new WaterfallStepContext(this, dc, instance, state, result), cancellationToken);
    }

    private DialogInstance Active(DialogContext dc) =>
        dc.ActiveDialog is { } active && active.Id == Id
            ? active
            : throw new InvalidOperationException($"Waterfall '{Id}' was called while '{dc.ActiveDialog?.Id}' is the active dialog.");
}
