using System.Diagnostics;
using CdsBot.Broadcasts;
using CdsBot.Dialogs.Engine;
using CdsBot.Observability;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Inbox;

/// <summary>
/// The inbox worker: claims pending events (a lease, so a crashed instance's events are taken over), runs each
/// conversation's events in arrival order through the dialogs, commits every turn together with its replies and
/// its completion (<see cref="InboxCommit"/>), then goes on while the citizen's relay sends the replies (<see cref="CitizenRelays"/>);
/// a pass ends once they are sent. Events stored but not yet
/// processed when the host died are processed after restart; a committed turn is never run again.
/// </summary>
public sealed class InboxProcessor(
    IDbContextFactory<CdsBotDbContext> contexts,
    GroupCommit groupCommit,
    IEnumerable<IInboundChannel> channels,
    TurnRunner runner,
    OutboundRelay relay,
    InboxSignal signal,
    IOptions<InboxOptions> options,
    IOptions<BroadcastOptions> broadcasts,
    CdsBotMetrics metrics,
    TimeProvider time,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    private readonly Dictionary<string, IInboundChannel> _channels = channels.ToDictionary(c => c.Channel);
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly CitizenRelays _relays = new(relay, options.Value.ConversationsInParallel, logger);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ProcessingEnabled)
        {
            logger.LogInformation("Inbox processing is off on this instance (Inbox:ProcessingEnabled=false)");
            return;
        }

        var poll = TimeSpan.FromMilliseconds(options.Value.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProcessPendingAsync(stoppingToken);
                await relay.RelayAsync(null, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Inbox round failed; retrying at the next poll");
            }

            try
            {
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>
    /// Processes what is pending now, and what arrives meanwhile for up to a poll interval; conversations run side by side,
    /// each one's events in order, a worker taking the next conversation as soon as it is done with one.
    /// </summary>
    public async Task ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var pending = new PendingConversations(ReadPendingAsync, settings.BatchSize, TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds), time);
        try
        {
            await TakeTurnsAsync(pending, settings, cancellationToken);
        }
        finally
        {
            // The pass ends with the replies of its turns sent (or left owed for the sweep).
            await _relays.WhenIdleAsync();
        }

        if (pending.ReadFailure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private async Task TakeTurnsAsync(PendingConversations pending, InboxOptions settings, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(pending.TakeAsync(cancellationToken), new ParallelOptions { MaxDegreeOfParallelism = settings.ConversationsInParallel, CancellationToken = cancellationToken }, async (conversation, ct) =>
        {
            try
            {
                foreach (var inboxEvent in conversation.Events)
                {
                    // An earlier event of this conversation held by another worker (or backing off) blocks the later ones.
                    if (inboxEvent.LeaseUntilMs > conversation.ReadAtMs || !await ClaimAsync(inboxEvent, ct) || !await ProcessAsync(inboxEvent, cancellationToken, ct))
                    {
                        break;
                    }
                }
            }
            finally
            {
                pending.Finished(conversation);
            }
        });
    }

    public override void Dispose()
    {
        _relays.Dispose();
        base.Dispose();
    }

    private async Task<List<InboxEventRecord>> ReadPendingAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InboxEvents.AsNoTracking()
            .Where(e => e.Status == InboxStatus.Pending)
            .OrderBy(e => e.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> ClaimAsync(InboxEventRecord inboxEvent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var until = now + (options.Value.LeaseSeconds * 1000L);
        // A worker that finds the row being claimed by another skips it at once (the other wins) instead of waiting.
        var claimed = await groupCommit.RunAsync((db, ct) => db.Database.ExecuteSqlRawAsync(ClaimSql(SqlDialect.Of(db.Database)), [_owner, until, inboxEvent.Id, InboxStatus.Pending, now], ct), cancellationToken);
        inboxEvent.Attempts++;
        return claimed == 1;
    }

    private static string ClaimSql(SqlDialect dialect) => $$"""
        UPDATE inbox_events SET "LeaseOwner" = {0}, "LeaseUntilMs" = {1}, "Attempts" = "Attempts" + 1
        WHERE "Id" = (SELECT "Id" FROM inbox_events WHERE "Id" = {2} AND "Status" = {3} AND "LeaseUntilMs" <= {4} {{dialect.SkipLocked}})
        """;

    /// <summary>Runs and commits one claimed event's turn; true when the conversation's next event may follow.</summary>
    /// <remarks>
    /// Runs in a span continuing the webhook's trace (the trace parent stored with the event) and in a logging scope
    /// naming the event and its conversation, so everything the turn logs or traces can be told apart.
    /// </remarks>
    /// <param name="inboxEvent">The claimed event.</param>
    /// <param name="stopping">The host's stopping token, for the relay the turn asks for (it outlives the turn).</param>
    /// <param name="cancellationToken">The pass's token.</param>
    private async Task<bool> ProcessAsync(InboxEventRecord inboxEvent, CancellationToken stopping, CancellationToken cancellationToken)
    {
        using var span = Telemetry.StartFrom("inbox.process", ActivityKind.Consumer, inboxEvent.TraceParent)?
            .SetTag(Telemetry.EventTag, inboxEvent.Id).SetTag(Telemetry.ChannelTag, inboxEvent.Channel)
            .SetTag(Telemetry.ConversationTag, inboxEvent.ConversationId).SetTag("cdsbot.inbox.attempt", inboxEvent.Attempts);
        using var scope = logger.BeginEventScope(inboxEvent);
        InboundEvent? read = null;
        try
        {
            read = _channels.TryGetValue(inboxEvent.Channel, out var channel)
                ? await channel.ReadAsync(inboxEvent, cancellationToken)
                : throw new InvalidOperationException($"No inbound handler is configured for channel '{inboxEvent.Channel}'.");
            if (read is null)
            {
                await FinishAsync(inboxEvent, InboxStatus.Done, null, cancellationToken);
                return true;
            }

            var activity = read.Activity;
            // The replies are written only once the courtesy call is over: a typing indicator arriving after the answer would
            // show the bot typing on, and the citizen's relay may be running already, sending whatever is owed.
            var commit = new InboxCommit(groupCommit, inboxEvent, activity, read.RecordSender, read.Courtesy, broadcasts.Value, metrics, time);
            await InboxTurn.RunAsync(runner, activity, commit, cancellationToken);
            _relays.Request(inboxEvent.Channel, activity.UserId, inboxEvent.ConversationId, stopping);
            return true;
        }
        catch (EventAlreadyProcessedException)
        {
            return true;
        }
        catch (UnreadableEventException ex)
        {
            // Reading it again gives the same answer: retrying would only hold the conversation's later events back.
            logger.LogWarning("Inbox event {Id} ({Channel}) cannot be understood and is ignored: {Reason}", inboxEvent.Id, inboxEvent.Channel, ex.Message);
            await FinishAsync(inboxEvent, InboxStatus.Ignored, ex.Message, cancellationToken);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            if (inboxEvent.Attempts >= options.Value.MaxAttempts)
            {
                logger.LogError(ex, "Inbox event {Id} ({Channel}) failed {Attempts} times; marked failed", inboxEvent.Id, inboxEvent.Channel, inboxEvent.Attempts);
                // The citizen did write: their reply window opens though no turn could answer (staff may).
                await FinishAsync(inboxEvent, InboxStatus.Failed, ex.Message, cancellationToken, read?.RecordSender);
                return true;
            }

            logger.LogWarning(ex, "Inbox event {Id} ({Channel}) failed (attempt {Attempts}); it will be retried", inboxEvent.Id, inboxEvent.Channel, inboxEvent.Attempts);
            await BackOffAsync(inboxEvent, ex.Message, cancellationToken);
            return false;
        }
    }

    private async Task FinishAsync(InboxEventRecord inboxEvent, string status, string? error, CancellationToken cancellationToken,
        Action<StatementBatch>? recordSender = null)
    {
        var now = time.GetUtcNow();
        await groupCommit.RunAsync(async (db, ct) =>
        {
            var finished = await InboxEventFinish.RunAsync(db, inboxEvent.Id, status, error, now, ct);
            if (finished > 0 && recordSender is not null)
            {
                var batch = new StatementBatch(db);
                recordSender(batch);
                await batch.RunAsync(ct);
            }
        }, cancellationToken);
    }

    private async Task BackOffAsync(InboxEventRecord inboxEvent, string error, CancellationToken cancellationToken)
    {
        var retryAt = time.GetUtcNow().ToUnixTimeMilliseconds() + (long)(1000 * Math.Pow(2, inboxEvent.Attempts));
        await groupCommit.RunAsync((db, ct) => db.InboxEvents.Where(e => e.Id == inboxEvent.Id)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.LeaseUntilMs, retryAt).SetProperty(x => x.Error, error), ct), cancellationToken);
    }
}
