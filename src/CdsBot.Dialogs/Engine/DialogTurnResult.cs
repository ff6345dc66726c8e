namespace CdsBot.Dialogs.Engine;

/// <summary>The outcome of a dialog call: a status, and for a completed dialog its result.</summary>
/// <param name="Status">Where the stack stands.</param>
/// <param name="Result">What a completed dialog returned; only passed within one turn, never persisted.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>The active dialog waits for input.</summary>
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    /// <summary>Nothing ran.</summary>
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);
}
