using CdsBot.Inbox;

namespace CdsBot.Observability;

/// <summary>
/// Logging scopes naming what a worker is handling, so every line logged meanwhile (by any class) carries the ids:
/// ids only, never what the citizen wrote or was sent.
/// </summary>
public static class LogScopes
{
    public static IDisposable? BeginEventScope(this ILogger logger, InboxEventRecord inboxEvent) =>
        logger.BeginScope("Inbox event {InboxEventId} on {Channel}, conversation {ConversationId}", inboxEvent.Id, inboxEvent.Channel, inboxEvent.ConversationId);

    public static IDisposable? BeginOutboundScope(this ILogger logger, OutboundMessageRecord message) =>
        logger.BeginScope("Outbound message {OutboundId} of inbox event {InboxEventId} on {Channel}, recipient {RecipientId}", message.Id, message.InboxEventId, message.Channel, message.RecipientId);
}
