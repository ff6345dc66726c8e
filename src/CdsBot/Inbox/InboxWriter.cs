using System.Diagnostics;
using CdsBot.Observability;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Inbox;

/// <summary>
/// The webhooks' side of the inbox: store an event once, then let the worker know. Events arriving together are stored
/// in one transaction (<see cref="GroupCommit"/>), and each request learns its event is stored only after that commit.
/// </summary>
public sealed class InboxWriter(GroupCommit groupCommit, InboxSignal signal, CdsBotMetrics metrics, TimeProvider time)
{
    /// <summary>Stores the event; false when (channel, channel message id) was stored before (a redelivery).</summary>
    public async Task<bool> TryEnqueueAsync(string channel, string channelMessageId, string conversationId, string body, CancellationToken cancellationToken)
    {
        using var span = Telemetry.Source.StartActivity("inbox.enqueue", ActivityKind.Producer)?
            .SetTag(Telemetry.ChannelTag, channel).SetTag(Telemetry.ConversationTag, conversationId);
        var receivedAt = time.GetUtcNow();
        var traceParent = Telemetry.CurrentTraceParent;
        // Insert-first on the unique (channel, message id): a redelivery inserts nothing, with no check-then-insert race.
        // The stored trace parent lets the worker's turn continue this trace.
        var ids = await groupCommit.RunAsync((db, ct) => db.Database.SqlQuery<long>(
            $"""
             INSERT INTO inbox_events ("Channel", "ChannelMessageId", "ConversationId", "Body", "ReceivedAt", "Status", "Attempts", "LeaseUntilMs", "TraceParent")
             VALUES ({channel}, {channelMessageId}, {conversationId}, {body}, {receivedAt}, {InboxStatus.Pending}, 0, 0, {traceParent})
             ON CONFLICT ("Channel", "ChannelMessageId") DO NOTHING
             RETURNING "Id" AS "Value"
             """).ToListAsync(ct), cancellationToken);
        var inserted = ids.Count > 0;
        metrics.Enqueued(channel, inserted);
        span?.SetTag("cdsbot.inbox.duplicate", !inserted);
        if (inserted)
        {
            span?.SetTag(Telemetry.EventTag, ids[0]);
            signal.Notify();
        }

        return inserted;
    }

    /// <summary>
    /// Keeps an authentic event the bot cannot understand, already marked ignored with <paramref name="reason"/>: there
    /// for staff to look at, never processed. False when it was stored before.
    /// </summary>
    public async Task<bool> TryRecordIgnoredAsync(string channel, string channelMessageId, string conversationId, string body, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await groupCommit.RunAsync((db, ct) => db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO inbox_events ("Channel", "ChannelMessageId", "ConversationId", "Body", "ReceivedAt", "Status", "Attempts", "LeaseUntilMs", "ProcessedAt", "Error")
             VALUES ({channel}, {channelMessageId}, {conversationId}, {body}, {now}, {InboxStatus.Ignored}, 0, 0, {now}, {reason})
             ON CONFLICT ("Channel", "ChannelMessageId") DO NOTHING
             """,
            ct), cancellationToken) > 0;
    }
}
