using System.Text.Json;

namespace CdsBot.Dialogs.Engine;

/// <summary>What a waterfall step sees: the turn, the previous step's result, and the waterfall's saved values.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;
    private readonly WaterfallState _state;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, WaterfallState state, object? result)
    {
        _waterfall = waterfall;
        Context = dc;
        _instance = instance;
        _state = state;
        Result = result;
    }

    /// <summary>The dialog context the waterfall runs in (begin child dialogs and prompts here).</summary>
    public DialogContext Context { get; }

    /// <summary>The turn.</summary>
    public TurnContext Turn => Context.Turn;

    /// <summary>The zero-based index of this step.</summary>
    public int Index => _state.StepIndex;

    /// <summary>The previous step's child result, or the citizen's text when the previous step just waited.</summary>
    public object? Result { get; }

    /// <summary>The options the waterfall was begun with, as <typeparamref name="T"/>.</summary>
    public T? GetOptions<T>() => _state.Options is null ? default : _state.Options.Deserialize<T>(StateJson.Options);

    /// <summary>A value an earlier step saved, or default.</summary>
    public T? GetValue<T>(string name) =>
        _state.Values[name] is { } node ? node.Deserialize<T>(StateJson.Options) : default;

    /// <summary>Saves a value for later steps (persisted with the conversation).</summary>
    public void SetValue<T>(string name, T value)
    {
        _state.Values[name] = JsonSerializer.SerializeToNode(value, StateJson.Options);
        _instance.SetState(_state);
    }

    /// <summary>Skips to the next step now, handing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default) =>
        _waterfall.RunStepAsync(Context, _state.StepIndex + 1, result, cancellationToken);

    /// <summary>Begins a prompt (or any dialog) and waits for its result in the next step.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, Prompts.PromptOptions options, CancellationToken cancellationToken = default) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Ends the waterfall with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndAsync(object? result = null, CancellationToken cancellationToken = default) =>
        Context.EndDialogAsync(result, cancellationToken);
}
