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

    /// <summary>
    /// The item answered before <see cref="LastAnswer"/>, what the conversation was about before a side question ("cần
    /// tài khoản mức mấy" while registering a birth online); cleared with it.
    /// </summary>
    public AnswerContext? EarlierAnswer { get; set; }

    /// <summary>
    /// Makes <paramref name="context"/> the last answer, keeping the one it replaces, when of another item, as the earlier;
    /// null forgets both, and what was told (<see cref="Told"/>).
    /// </summary>
    public void Remember(AnswerContext? context)
    {
        if (context is null)
        {
            (LastAnswer, EarlierAnswer, Told) = (null, null, null);
            return;
        }

        if (LastAnswer is { } last && last.ItemId != context.ItemId)
        {
            EarlierAnswer = last;
        }

        LastAnswer = context;
    }

    /// <summary>What the citizen told last in a message no item answered and that asked nothing; cleared by the next question, an answer or "menu".</summary>
    public ToldContext? Told { get; set; }

    /// <summary>When the last turn ran.</summary>
    public DateTimeOffset? LastTurnAt { get; set; }
}
