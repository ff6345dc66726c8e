using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.State;

namespace CdsBot.Dialogs.Engine;

/// <summary>
/// Everything about one turn: the inbound activity, the state loaded for it, and the replies gathered.
/// Replies are buffered and handed to the channel only after the turn's state is saved, so a turn that
/// loses a concurrency race can be run again without the citizen seeing anything twice.
/// </summary>
public sealed class TurnContext(InboundActivity activity, ConversationData conversation, UserProfile user)
{
    private readonly List<OutboundActivity> _replies = [];

    /// <summary>What the citizen sent.</summary>
    public InboundActivity Activity { get; } = activity;

    /// <summary>The conversation's state; saved at the end of the turn.</summary>
    public ConversationData Conversation { get; } = conversation;

    /// <summary>The citizen's state; saved at the end of the turn.</summary>
    public UserProfile User { get; } = user;

    /// <summary>What the bot decided, for tracing.</summary>
    public TurnTrace Trace { get; } = new();

    /// <summary>The replies gathered so far, in order.</summary>
    public IReadOnlyList<OutboundActivity> Replies => _replies;

    /// <summary>Queues a reply.</summary>
    public void Send(OutboundActivity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        _replies.Add(reply);
    }

    /// <summary>Queues a plain text reply.</summary>
    public void SendText(string text) => Send(OutboundActivity.FromText(text));
}
