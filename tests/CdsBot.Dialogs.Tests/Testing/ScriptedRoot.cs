using CdsBot.Dialogs.Engine;

namespace CdsBot.Dialogs.Tests.Testing;

/// <summary>
/// A root for engine tests: begins <paramref name="child"/> on the first message and again whenever it
/// has ended; "stop" at any step cancels the running child (the interruption pattern of the real root).
/// </summary>
public sealed class ScriptedRoot : ComponentDialog
{
    public ScriptedRoot(params Dialog[] dialogs) : base("test-root")
    {
        foreach (var dialog in dialogs)
        {
            AddDialog(dialog);
        }
    }

    public List<object?> Results { get; } = [];

    protected override async Task<DialogTurnResult> OnContinueAsync(DialogContext inner, CancellationToken cancellationToken)
    {
        if (inner.Turn.Activity.Text == "stop")
        {
            await inner.CancelAllDialogsAsync(cancellationToken);
            inner.Turn.SendText("stopped");
            return DialogTurnResult.Empty;
        }

        return inner.ActiveDialog is null
            ? await OnBeginAsync(inner, null, cancellationToken)
            : await inner.ContinueDialogAsync(cancellationToken);
    }

    protected override Task<DialogTurnResult> OnInnerCompletedAsync(DialogContext outer, object? result, CancellationToken cancellationToken)
    {
        Results.Add(result);
        return Task.FromResult(DialogTurnResult.Waiting);
    }
}
