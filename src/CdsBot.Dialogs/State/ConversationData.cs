using CdsBot.Dialogs.Engine;

namespace CdsBot.Dialogs.State;

/// <summary>What the bot remembers about one conversation between turns.</summary>
public sealed class ConversationData
{
    /// <summary>The dialog stack, innermost last.</summary>
    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>How many turns this conversation has had.</summary>
    public int TurnCount { get; set; }

    /// <summary>When the last turn ran.</summary>
    public DateTimeOffset? LastTurnAt { get; set; }
}
