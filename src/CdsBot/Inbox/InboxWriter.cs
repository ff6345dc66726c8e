using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CdsBot.Observability;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Inbox;

/// <summary>
/// The webhooks' side of the inbox: store an event once, then let the worker know. Events arriving together are stored
/// by one statement (a multi-row insert) in one transaction (<see cref="GroupCommit"/>), and each request learns its
/// event is stored only after that commit. If the database refuses that statement, each of its events is stored again
/// on its own: one event it refuses fails alone (the platform sends it again), the others are stored.
/// </summary>
public sealed class InboxWriter(GroupCommit groupCommit, InboxSignal signal, CdsBotMetrics metrics, TimeProvider time)
{
    /// <summary>Events per insert statement at most (7 parameters each, well under either database's limit).</summary>
    public const int RowsPerStatement = 200;

    private readonly ConcurrentQueue<Arrival> _arrivals = new();
    private int _storing;

    /// <summary>Stores the event; false when (channel, channel message id) was stored before (a redelivery).</summary>
    public async Task<bool> TryEnqueueAsync(string channel, string channelMessageId, string conversationId, string body, CancellationToken cancellationToken)
    {
        using var span = Telemetry.Source.StartActivity("inbox.enqueue", ActivityKind.Producer)?
            .SetTag(Telemetry.ChannelTag, channel).SetTag(Telemetry.ConversationTag, conversationId);
        // The stored trace parent lets the worker's turn continue this trace.
        var arrival = new Arrival(channel, channelMessageId, conversationId, body, time.GetUtcNow(), Telemetry.CurrentTraceParent);
        _arrivals.Enqueue(arrival);
        StartStoringIfIdle();
        var id = await arrival.Stored.Task.WaitAsync(cancellationToken);
        var inserted = id is not null;
        metrics.Enqueued(channel, inserted);
        span?.SetTag("cdsbot.inbox.duplicate", !inserted);
        if (inserted)
        {
            span?.SetTag(Telemetry.EventTag, id);
            signal.Notify();
        }

        return inserted;
    }

    /// <summary>Starts a unit for the events waiting, unless one is already coming for them.</summary>
    private void StartStoringIfIdle()
    {
        if (Interlocked.CompareExchange(ref _storing, 1, 0) == 0)
        {
            // The unit serves every request queued until it runs: it must not carry this one's span, log scope or cancellation.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(StoreArrivalsAsync, CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// One group-commit unit storing the events queued when it first runs (a unit run again after another unit of its
    /// batch failed stores the same ones), then tells each request its event's id, or null for a redelivery. When the
    /// database refuses the statement, each of its events is stored again on its own, so one event it refuses fails alone.
    /// </summary>
    private async Task StoreArrivalsAsync()
    {
        List<Arrival>? taken = null;
        try
        {
            var stored = await groupCommit.RunAsync(async (db, ct) =>
            {
                if (taken is null)
                {
                    // From here on, a request arriving starts the next unit; one queued before is taken now. A full fence,
                    // so the queue is read only once the hand-back is seen by a request queuing after it.
                    Interlocked.Exchange(ref _storing, 0);
                    taken = [];
                    while (_arrivals.TryDequeue(out var arrival))
                    {
                        taken.Add(arrival);
                    }
                }

                return await InsertAsync(db, taken, ct);
            }, CancellationToken.None);
            Tell(taken!, stored);
        }
        catch (DbException) when (taken is { Count: > 1 })
        {
            await Task.WhenAll(taken.Select(StoreAloneAsync));
        }
        catch (Exception ex) when (taken is not null)
        {
            taken.ForEach(arrival => arrival.Stored.TrySetException(ex));
        }
        catch (Exception ex)
        {
            // The unit never ran (its batch could not begin): what waits now fails with it, while this unit still holds the
            // role; then the role is handed back, and a request queued meanwhile gets a unit of its own.
            for (var waiting = _arrivals.Count; waiting > 0 && _arrivals.TryDequeue(out var arrival); waiting--)
            {
                arrival.Stored.TrySetException(ex);
            }

            Interlocked.Exchange(ref _storing, 0);
            if (!_arrivals.IsEmpty)
            {
                StartStoringIfIdle();
            }
        }
    }

    /// <summary>Stores one event in a unit of its own, after the statement it was in was refused.</summary>
    private async Task StoreAloneAsync(Arrival arrival)
    {
        try
        {
            Tell([arrival], await groupCommit.RunAsync((db, ct) => InsertAsync(db, [arrival], ct), CancellationToken.None));
        }
        catch (Exception ex)
        {
            arrival.Stored.TrySetException(ex);
        }
    }

    private static async Task<List<StoredEvent>> InsertAsync(CdsBotDbContext db, IReadOnlyList<Arrival> arrivals, CancellationToken cancellationToken)
    {
        var ids = new List<StoredEvent>(arrivals.Count);
        foreach (var chunk in arrivals.Chunk(RowsPerStatement))
        {
            ids.AddRange(await db.Database.SqlQuery<StoredEvent>(InsertOf(chunk)).ToListAsync(cancellationToken));
        }

        return ids;
    }

    /// <summary>
    /// Tells each request its event's id. Insert-first on the unique (channel, message id): a redelivery inserts nothing,
    /// with no check-then-insert race; of two requests carrying the same event at once, the first queued is told it stored it.
    /// </summary>
    private static void Tell(List<Arrival> arrivals, List<StoredEvent> stored)
    {
        var byEvent = stored.ToDictionary(e => (e.Channel, e.ChannelMessageId), e => (long?)e.Id);
        foreach (var arrival in arrivals)
        {
            arrival.Stored.TrySetResult(byEvent.Remove((arrival.Channel, arrival.ChannelMessageId), out var id) ? id : null);
        }
    }

    private static FormattableString InsertOf(Arrival[] rows)
    {
        var sql = new StringBuilder(
            """
            INSERT INTO inbox_events ("Channel", "ChannelMessageId", "ConversationId", "Body", "ReceivedAt", "Status", "Attempts", "LeaseUntilMs", "TraceParent")
            VALUES
            """);
        var arguments = new List<object?>(rows.Length * 7);
        for (var i = 0; i < rows.Length; i++)
        {
            var n = arguments.Count;
            sql.Append(i == 0 ? "\n" : ",\n").Append(CultureInfo.InvariantCulture, $"({{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}}, {{{n + 4}}}, {{{n + 5}}}, 0, 0, {{{n + 6}}})");
            var row = rows[i];
            arguments.AddRange([row.Channel, row.ChannelMessageId, row.ConversationId, row.Body, row.ReceivedAt, InboxStatus.Pending, row.TraceParent]);
        }

        sql.Append("""

            ON CONFLICT ("Channel", "ChannelMessageId") DO NOTHING
            RETURNING "Id", "Channel", "ChannelMessageId"
            """);
        return FormattableStringFactory.Create(sql.ToString(), [.. arguments]);
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

    /// <summary>A request's event waiting to be stored; <see cref="Stored"/> gives its id, or null when it was stored before.</summary>
    private sealed record Arrival(string Channel, string ChannelMessageId, string ConversationId, string Body, DateTimeOffset ReceivedAt, string? TraceParent)
    {
        public TaskCompletionSource<long?> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>A row the insert stored.</summary>
    private sealed class StoredEvent
    {
        public long Id { get; set; }

        public string Channel { get; set; } = "";

        public string ChannelMessageId { get; set; } = "";
    }
}
