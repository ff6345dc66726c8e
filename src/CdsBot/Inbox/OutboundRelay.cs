using System.Text.Json;
using CdsBot.Broadcasts;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Observability;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Inbox;

/// <summary>
/// Sends the replies committed turns and staff owe, in the order they were written per citizen (channel, recipient):
/// a later message is not sent while an earlier one is in flight or backing off, so a temporary failure never lets turn
/// N+1's reply overtake turn N's. Each message is claimed by marking it "sending" just before the platform call (so two
/// instances never send it both) and marked sent with the platform's id right after; a transient failure backs off, a
/// permanent one is recorded and not retried. A message caught "sending" past the lease (its host died during the call)
/// may have reached the citizen: it is recorded as unknown, logged, and not sent again.
/// </summary>
public sealed class OutboundRelay(
    IDbContextFactory<CdsBotDbContext> contexts,
    GroupCommit groupCommit,
    IEnumerable<IOutboundChannel> channels,
    IOptions<InboxOptions> options,
    CdsBotMetrics metrics,
    TimeProvider time,
    ILogger<OutboundRelay> logger)
{
    private readonly Dictionary<string, IOutboundChannel> _channels = channels.ToDictionary(c => c.Channel);

    /// <summary>
    /// Sends what is due: everyone's, or only the conversation <paramref name="eventId"/>'s replies go to when given
    /// (its earlier replies first, if any are still owed).
    /// </summary>
    public async Task RelayAsync(long? eventId, CancellationToken cancellationToken)
    {
        if (eventId is null)
        {
            // Only the sweep looks for sends cut off by a crash (they are rare and it runs every poll); a conversation's
            // own relay right after its turn only sends.
            await MarkLapsedUnknownAsync(cancellationToken);
            await SendOwedAsync(db => Owed.For(db)(db), cancellationToken);
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recipient = await db.OutboundMessages.Where(m => m.InboxEventId == eventId).Select(m => new { m.Channel, m.RecipientId }).FirstOrDefaultAsync(cancellationToken);
        if (recipient is not null)
        {
            await RelayToAsync(recipient.Channel, recipient.RecipientId, cancellationToken);
        }
    }

    /// <summary>
    /// Sends what <paramref name="recipientId"/> on <paramref name="channel"/> is owed, oldest first: right after a turn of
    /// theirs, whose channel and citizen the worker knows (no look-up by event).
    /// </summary>
    public Task RelayToAsync(string channel, string recipientId, CancellationToken cancellationToken) =>
        SendOwedAsync(db => OwedTo.For(db)(db, channel, recipientId), cancellationToken);

    private async Task SendOwedAsync(Func<CdsBotDbContext, IAsyncEnumerable<OutboundMessageRecord>> owed, CancellationToken cancellationToken)
    {
        List<OutboundMessageRecord> unfinished;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            unfinished = await owed(db).ToListAsync(cancellationToken);
        }

        foreach (var conversation in unfinished.GroupBy(m => (m.Channel, m.RecipientId)))
        {
            foreach (var message in conversation)
            {
                if (cancellationToken.IsCancellationRequested || !await ClaimAsync(message, cancellationToken) || !await SendAsync(message))
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Marks the message sending, if it is due and no earlier message to the same citizen is still owed. The check is
    /// part of the update, so it holds across instances.
    /// </summary>
    private async Task<bool> ClaimAsync(OutboundMessageRecord message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var leaseUntil = now + (options.Value.LeaseSeconds * 1000L);
        return await groupCommit.RunAsync(
            (db, ct) => db.Database.ExecuteSqlRawAsync(ClaimSql(SqlDialect.Of(db.Database)), [InboxStatus.Sending, leaseUntil, message.Id, InboxStatus.Pending, now], ct),
            cancellationToken) == 1;
    }

    private static string ClaimSql(SqlDialect dialect) => $$"""
        UPDATE outbound_messages SET "Status" = {0}, "NextAttemptMs" = {1}, "Attempts" = "Attempts" + 1
        WHERE "Id" = (
          SELECT m."Id" FROM outbound_messages m
          WHERE m."Id" = {2} AND m."Status" = {3} AND m."NextAttemptMs" <= {4}
            AND NOT EXISTS (SELECT 1 FROM outbound_messages e WHERE e."Channel" = m."Channel" AND e."RecipientId" = m."RecipientId" AND e."Id" < m."Id" AND e."Status" IN ({3}, {0}))
          {{dialect.SkipLocked}})
        """;

    /// <summary>
    /// Sends one claimed message and records the outcome; true when the citizen's next message may follow. The send is
    /// not cancelled when the host stops: a call cut off half-way would leave the message in doubt. Its span joins the
    /// trace of the turn that wrote the message, even on a retry long after.
    /// </summary>
    private async Task<bool> SendAsync(OutboundMessageRecord message)
    {
        using var span = Telemetry.StartFrom("outbound.send", System.Diagnostics.ActivityKind.Client, message.TraceParent)?
            .SetTag(Telemetry.OutboundTag, message.Id).SetTag(Telemetry.EventTag, message.InboxEventId)
            .SetTag(Telemetry.ChannelTag, message.Channel).SetTag(Telemetry.RecipientTag, message.RecipientId).SetTag("cdsbot.outbound.attempt", message.Attempts + 1);
        using var scope = logger.BeginOutboundScope(message);
        var none = CancellationToken.None;
        SendOutcome outcome;
        if (!_channels.TryGetValue(message.Channel, out var channel))
        {
            outcome = SendOutcome.Permanent($"No sender is configured for channel '{message.Channel}'.", message.PartsSent);
        }
        else
        {
            try
            {
                var activity = JsonSerializer.Deserialize<OutboundActivity>(message.Body, StateJson.Options)!;
                outcome = await channel.SendAsync(message.RecipientId, activity, message.PartsSent, $"cdsbot:outbound:{message.Id}", none);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Sending outbound message {Id} on {Channel} failed unexpectedly", message.Id, message.Channel);
                outcome = SendOutcome.Transient(ex.GetType().Name + ": " + ex.Message, message.PartsSent);
            }
        }

        var attempts = message.Attempts + 1;
        var now = time.GetUtcNow();
        span?.SetTag("cdsbot.outbound.delivered", outcome.Delivered);
        if (outcome.Delivered)
        {
            metrics.Sent(message.Channel, "sent", outcome);
            await RecordAsync(message, outcome, async (batch, delivery, ct) =>
            {
                // SQL rather than ExecuteUpdate, which EF cannot compile: this runs for every message sent (see CompiledQuery).
                batch.Add($"""UPDATE outbound_messages SET "Status" = {InboxStatus.Sent}, "SentAt" = {now}, "PartsSent" = {outcome.PartsSent}, "PlatformMessageId" = {outcome.PlatformMessageId}, "Error" = NULL WHERE "Id" = {message.Id}""");
                if (delivery is not null)
                {
                    await delivery.ExecuteUpdateAsync(d => d.SetProperty(x => x.SentAt, now).SetProperty(x => x.PlatformMessageId, outcome.PlatformMessageId), ct);
                }
            });
            return true;
        }

        span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, outcome.Retryable ? "retry" : "failed");
        if (outcome.Retryable && attempts < options.Value.MaxSendAttempts)
        {
            metrics.Sent(message.Channel, "retry", outcome);
            var backoffMs = (long)Math.Min(300_000, 1000 * Math.Pow(2, attempts));
            await RecordAsync(message, outcome, (batch, _, ct) => Row(batch.Db, message).ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, InboxStatus.Pending).SetProperty(x => x.NextAttemptMs, now.ToUnixTimeMilliseconds() + backoffMs).SetProperty(x => x.PartsSent, outcome.PartsSent).SetProperty(x => x.Error, outcome.Reason), ct));
            logger.LogWarning("Outbound message {Id} on {Channel} will be retried in {Backoff} ms; later messages to {Recipient} wait for it: {Reason}", message.Id, message.Channel, backoffMs, message.RecipientId, outcome.Reason);
            return false;
        }

        metrics.Sent(message.Channel, "failed", outcome);
        await RecordAsync(message, outcome, async (batch, delivery, ct) =>
        {
            await Row(batch.Db, message).ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, InboxStatus.Failed).SetProperty(x => x.PartsSent, outcome.PartsSent).SetProperty(x => x.Error, outcome.Reason), ct);
            if (delivery is not null)
            {
                await delivery.ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Failed).SetProperty(x => x.Reason, outcome.Reason), ct);
            }
        });
        logger.LogWarning("Outbound message {Id} on {Channel} was not delivered and will not be retried: {Reason}", message.Id, message.Channel, outcome.Reason);
        return true;
    }

    /// <summary>
    /// Records a send's outcome on the message's row, what it says of the citizen (<see cref="SendOutcome.Record"/>) and,
    /// for a campaign message, its ledger row (null otherwise), batched with other writes; the statements that need nothing
    /// read between them go in one round trip on PostgreSQL (<see cref="StatementBatch"/>). Not cancelled: the platform has
    /// answered, and that must be kept.
    /// </summary>
    private Task<int> RecordAsync(OutboundMessageRecord message, SendOutcome outcome, Func<StatementBatch, IQueryable<DeliveryRecord>?, CancellationToken, Task> update) =>
        groupCommit.RunAsync(async (db, ct) =>
        {
            var delivery = message.CampaignDeliveryId is { } deliveryId ? db.Deliveries.Where(d => d.Id == deliveryId) : null;
            var batch = new StatementBatch(db);
            await update(batch, delivery, ct);
            outcome.Record?.Invoke(batch);
            await batch.RunAsync(ct);
            return 0;
        }, CancellationToken.None);

    private static IQueryable<OutboundMessageRecord> Row(CdsBotDbContext db, OutboundMessageRecord message) => db.OutboundMessages.Where(m => m.Id == message.Id);

    /// <summary>
    /// Messages still "sending" after the lease were cut off by a crash mid-call: they may have arrived, so they are
    /// recorded as unknown (with their campaign ledger row, for a deferred campaign message) instead of being sent again,
    /// and the citizen's later messages may follow.
    /// </summary>
    private async Task MarkLapsedUnknownAsync(CancellationToken cancellationToken)
    {
        const string Reason = "the host stopped during the send; not resent, so the citizen does not get it twice";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var lapsed = await db.OutboundMessages.AsNoTracking()
            .Where(m => m.Status == InboxStatus.Sending && m.NextAttemptMs < now)
            .Select(m => new { m.Id, m.Channel, m.RecipientId, m.CampaignDeliveryId })
            .ToListAsync(cancellationToken);
        foreach (var message in lapsed)
        {
            var marked = await db.OutboundMessages.Where(m => m.Id == message.Id && m.Status == InboxStatus.Sending && m.NextAttemptMs < now)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, InboxStatus.Unknown).SetProperty(x => x.Error, Reason), cancellationToken);
            if (marked == 0)
            {
                continue;
            }

            metrics.Sent(message.Channel, "unknown", SendOutcome.Permanent(Reason));

            if (message.CampaignDeliveryId is not null)
            {
                await db.Deliveries.Where(d => d.Id == message.CampaignDeliveryId)
                    .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Unknown).SetProperty(x => x.Reason, Reason), cancellationToken);
            }

            logger.LogWarning("Outbound message {Id} on {Channel} to {Recipient} was being sent when its host stopped; recorded as unknown and not resent", message.Id, message.Channel, message.RecipientId);
        }
    }

    // What is owed, oldest first, compiled once (see CompiledQuery). Ids follow the order messages were written (a turn's
    // replies are added in sequence), so per citizen the lowest unfinished id is the one that must go first.
    private static readonly CompiledQuery<Func<CdsBotDbContext, IAsyncEnumerable<OutboundMessageRecord>>> Owed =
        new(() => EF.CompileAsyncQuery((CdsBotDbContext db) => db.OutboundMessages.AsNoTracking()
            .Where(m => m.Status == InboxStatus.Pending || m.Status == InboxStatus.Sending)
            .OrderBy(m => m.Id).Take(500)));

    private static readonly CompiledQuery<Func<CdsBotDbContext, string, string, IAsyncEnumerable<OutboundMessageRecord>>> OwedTo =
        new(() => EF.CompileAsyncQuery((CdsBotDbContext db, string channel, string recipientId) => db.OutboundMessages.AsNoTracking()
            .Where(m => (m.Status == InboxStatus.Pending || m.Status == InboxStatus.Sending) && m.Channel == channel && m.RecipientId == recipientId)
            .OrderBy(m => m.Id).Take(500)));
}
