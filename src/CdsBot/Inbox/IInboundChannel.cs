using CdsBot.Dialogs.Activities;

namespace CdsBot.Inbox;

/// <summary>A channel's half of inbound processing: turning a stored event into a channel-neutral activity (<see cref="InboundEvent"/>).</summary>
public interface IInboundChannel
{
    string Channel { get; }

    /// <summary>What <paramref name="inboxEvent"/> asks of the bot, or null when it asks nothing (echoes, receipts).</summary>
    Task<InboundEvent?> ReadAsync(InboxEventRecord inboxEvent, CancellationToken cancellationToken);
}
