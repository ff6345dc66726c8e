using System.Text.Json;
using CdsBot.Broadcasts;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.State;
using CdsBot.Insights;
using CdsBot.Observability;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Inbox;

/// <summary>
/// Commits a turn run for an inbox event: what the event says of its sender (their reply window), the conversation and
/// user state, the replies owed (outbound rows) and the event's completion, in one transaction (shared with other turns' commits through <see cref="GroupCommit"/>). If the event was completed meanwhile (another instance took it over after
/// the lease ran out), nothing is written.
/// </summary>
/// <remarks>
/// When the turn answered the citizen, campaign messages deferred for them follow the answer in the same transaction
/// (<see cref="DeferredDeliveries"/>), and so does the turn's row in the turn log (<see cref="TurnLogWriter"/>).
/// </remarks>
public sealed class InboxCommit(
    GroupCommit groupCommit,
    InboxEventRecord inboxEvent,
    InboundActivity activity,
    Action<StatementBatch>? recordSender,
    Task? courtesy,
    BroadcastOptions broadcasts,
    CdsBotMetrics metrics,
    TimeProvider time) : ITurnCommit
{
    private readonly long _started = time.GetTimestamp();

    public long EventId => inboxEvent.Id;

    public async Task CommitAsync(IReadOnlyCollection<StateWrite> writes, TurnOutcome outcome, CancellationToken cancellationToken)
    {
        // The turn's span, read here: the batch runs on the committer's flow, outside it.
        var traceParent = Telemetry.CurrentTraceParent;
        if (courtesy is not null)
        {
            // The replies written here may be sent at once: not before the typing indicator the event started is over.
            await courtesy.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        var elapsed = await groupCommit.RunAsync((db, ct) => WriteAsync(db, writes, outcome, traceParent, ct), cancellationToken);
        metrics.TurnCommitted(inboxEvent.Channel, outcome.Trace.Intent, elapsed);
    }

    /// <returns>The turn's duration, as logged.</returns>
    private async Task<TimeSpan> WriteAsync(CdsBotDbContext db, IReadOnlyCollection<StateWrite> writes, TurnOutcome outcome, string? traceParent, CancellationToken cancellationToken)
    {
        // The turn's writes need nothing read between them: one round trip on PostgreSQL (StatementBatch). The checks (the
        // event still pending, the state's ETags) throw once it has run, which rolls the unit back.
        var now = time.GetUtcNow();
        var batch = new StatementBatch(db);
        InboxEventFinish.Add(batch, inboxEvent.Id, InboxStatus.Done, null, now, completed =>
        {
            if (completed == 0)
            {
                throw new EventAlreadyProcessedException(inboxEvent.Id);
            }
        });
        recordSender?.Invoke(batch);
        EfStateStore.Add(batch, writes, now);
        var elapsed = time.GetElapsedTime(_started);
        await TurnLogWriter.AppendAsync(batch, activity, outcome.Trace, (long)elapsed.TotalMilliseconds, now, cancellationToken);
        var recipientId = activity.UserId;
        for (var sequence = 0; sequence < outcome.Replies.Count; sequence++)
        {
            // A statement per reply rather than SaveChanges, which costs a turn more CPU than the rows (see CompiledQuery).
            var body = JsonSerializer.Serialize(outcome.Replies[sequence], StateJson.Options);
            batch.Add(
                $"""
                 INSERT INTO outbound_messages ("InboxEventId", "Sequence", "Channel", "RecipientId", "Body", "Status", "Attempts", "NextAttemptMs", "PartsSent", "CreatedAt", "TraceParent")
                 VALUES ({inboxEvent.Id}, {sequence}, {inboxEvent.Channel}, {recipientId}, {body}, {InboxStatus.Pending}, 0, 0, 0, {now}, {traceParent})
                 """);
        }

        await batch.RunAsync(cancellationToken);

        if (outcome.Replies.Count > 0)
        {
            await DeferredDeliveries.AppendAsync(db, inboxEvent, recipientId, outcome.Replies.Count, broadcasts.DeferredPerMessage, broadcasts.PublicBaseUrl, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return elapsed;
    }
}
