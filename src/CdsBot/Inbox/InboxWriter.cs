using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Inbox;

/// <summary>The webhooks' side of the inbox: store an event once, then let the worker know.</summary>
public sealed class InboxWriter(IDbContextFactory<CdsBotDbContext> contexts, InboxSignal signal, TimeProvider time)
{
    /// <summary>Stores the event; false when (channel, channel message id) was stored before (a redelivery).</summary>
    public async Task<bool> TryEnqueueAsync(string channel, string channelMessageId, string conversationId, string body, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Insert-first on the unique (channel, message id): a redelivery inserts nothing, with no check-then-insert race.
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO inbox_events ("Channel", "ChannelMessageId", "ConversationId", "Body", "ReceivedAt", "Status", "Attempts", "LeaseUntilMs")
             VALUES ({channel}, {channelMessageId}, {conversationId}, {body}, {time.GetUtcNow()}, {InboxStatus.Pending}, 0, 0)
             ON CONFLICT ("Channel", "ChannelMessageId") DO NOTHING
             """,
            cancellationToken);
        if (inserted > 0)
        {
            signal.Notify();
        }

        return inserted > 0;
    }

    /// <summary>
    /// Keeps an authentic event the bot cannot understand, already marked ignored with <paramref name="reason"/>: there
    /// for staff to look at, never processed. False when it was stored before.
    /// </summary>
    public async Task<bool> TryRecordIgnoredAsync(string channel, string channelMessageId, string conversationId, string body, string reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        return await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO inbox_events ("Channel", "ChannelMessageId", "ConversationId", "Body", "ReceivedAt", "Status", "Attempts", "LeaseUntilMs", "ProcessedAt", "Error")
             VALUES ({channel}, {channelMessageId}, {conversationId}, {body}, {now}, {InboxStatus.Ignored}, 0, 0, {now}, {reason})
             ON CONFLICT ("Channel", "ChannelMessageId") DO NOTHING
             """,
            cancellationToken) > 0;
    }
}
