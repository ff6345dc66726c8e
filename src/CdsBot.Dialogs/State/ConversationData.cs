using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;

namespace CdsBot.Dialogs.State;

/// <summary>What the bot remembers about one conversation between turns.</summary>
public sealed class ConversationData
{
    /// <summary>The dialog stack, innermost last.</summary>
    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>How many turns this conversation has had.</summary>
    public int TurnCount { get; set; }

    /// <summary>The quick replies offered last, so a citizen can answer "2" on channels that show them as a numbered list.</summary>
    public List<QuickReply> OfferedChoices { get; set; } = [];

    /// <summary>The item answered last, while it can still give context to a follow-up; cleared by "menu".</summary>
    public AnswerContext? LastAnswer { get; set; }

    /// <summary>When the last turn ran.</summary>
    public DateTimeOffset? LastTurnAt { get; set; }
}
