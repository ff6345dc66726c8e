using CdsBot.Dialogs.Activities;

namespace CdsBot.Inbox;

/// <summary>A channel's half of inbound processing: turning a stored event into a channel-neutral activity.</summary>
public interface IInboundChannel
{
    string Channel { get; }

    /// <summary>The activity for <paramref name="inboxEvent"/>, or null when it asks nothing of the bot (echoes, receipts).</summary>
    Task<InboundActivity?> ToActivityAsync(InboxEventRecord inboxEvent, CancellationToken cancellationToken);
}
