using CdsBot.Inbox;
using CdsBot.Observability;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Broadcasts;

/// <summary>
/// Sends running campaigns' queued ledger rows: claims a batch (a lease, so instances never share a row), skips those
/// who unsubscribed, defers those no lane reaches, throttles per channel account, and records each outcome. A row is marked
/// "sending" just before the platform call and "sent" right after it, so after a crash a row is either safely resent
/// (never handed over) or recorded as unknown (perhaps handed over) — never sent twice.
/// </summary>
public sealed class CampaignDispatcher(
    IDbContextFactory<CdsBotDbContext> contexts,
    GroupCommit groupCommit,
    StorageOptions storage,
    IEnumerable<IBroadcastChannel> channels,
    ChannelThrottle throttle,
    IOptions<BroadcastOptions> options,
    CdsBotMetrics metrics,
    TimeProvider time,
    ILogger<CampaignDispatcher> logger)
{
    private readonly Dictionary<string, IBroadcastChannel> _channels = channels.ToDictionary(c => c.Channel);
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Sends one batch; returns how many rows it handled (0 when nothing was due).</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        List<DeliveryRecord> claimed;
        Dictionary<long, CampaignRecord> campaigns;
        HashSet<(string, string)> subscribed;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var running = await db.Campaigns.Where(c => c.Status == CampaignStatus.Running).Select(c => c.Id).ToListAsync(cancellationToken);
            if (running.Count == 0)
            {
                return 0;
            }

            // One campaign at a time, longest-due first: (campaign, status, next attempt) is an index, so a claim reads
            // only the rows it takes instead of sorting the whole queue of a large campaign.
            // The rows are picked once (a materialized CTE): as a plain IN (subquery), PostgreSQL may run the locking
            // subquery again for each row it updates, skip the rows this statement has just claimed and so take the whole
            // queue, whatever the batch size.
            var leaseUntil = now + (settings.ClaimLeaseSeconds * 1000L);
            var claim = $$"""
                WITH picked AS MATERIALIZED (
                  SELECT "Id" FROM campaign_deliveries
                  WHERE "CampaignId" = {4} AND "Status" = {3} AND "NextAttemptMs" <= {5}
                  ORDER BY "NextAttemptMs", "Id" LIMIT {6}
                  {{SqlDialect.Of(db.Database).SkipLocked}})
                UPDATE campaign_deliveries SET "Status" = {0}, "ClaimedBy" = {1}, "NextAttemptMs" = {2}
                WHERE "Status" = {3} AND "Id" IN (SELECT "Id" FROM picked)
                RETURNING "Id" AS "Value"
                """;
            var ids = new List<long>();
            foreach (var campaignId in running)
            {
                ids.AddRange(await db.Database.SqlQueryRaw<long>(
                    claim, [DeliveryStatus.Claimed, _owner, leaseUntil, DeliveryStatus.Queued, campaignId, now, settings.BatchSize - ids.Count]).ToListAsync(cancellationToken));
                if (ids.Count >= settings.BatchSize)
                {
                    break;
                }
            }

            if (ids.Count == 0)
            {
                return 0;
            }

            // The rows just claimed, by key: every row this instance ever claimed keeps its name in "ClaimedBy", so
            // looking them up by owner read more of the campaign with each batch (half of it, on average, in a large one).
            claimed = await db.Deliveries.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Id).ToListAsync(cancellationToken);
            var campaignIds = claimed.Select(d => d.CampaignId).Distinct().ToList();
            campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
            subscribed = [];
            foreach (var group in claimed.GroupBy(d => d.Channel))
            {
                var users = group.Select(d => d.UserId).ToList();
                var active = await db.Subscriptions.AsNoTracking().Where(s => s.Channel == group.Key && s.Active && users.Contains(s.UserId)).Select(s => s.UserId).ToListAsync(cancellationToken);
                subscribed.UnionWith(active.Select(u => (group.Key, u)));
            }
        }

        try
        {
            var lanes = await ChooseLanesAsync(claimed.Where(d => subscribed.Contains((d.Channel, d.UserId))));

            // In-flight sends finish even when the host is stopping, so a graceful stop leaves no row in doubt.
            await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency }, async (delivery, _) =>
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    await UpdateAsync(delivery, DeliveryStatus.Queued, d => d.NextAttemptMs = 0, CancellationToken.None);
                    return;
                }

                await DeliverAsync(delivery, campaigns[delivery.CampaignId], subscribed.Contains((delivery.Channel, delivery.UserId)), lanes.GetValueOrDefault(delivery.Id), cancellationToken);
            });
        }
        catch
        {
            // The lanes could not be read, or a send failed in a way its row could not record (the database went away):
            // the rows not yet being sent go back to the queue now (every send of the batch has ended), rather than at the
            // start of the next round (RecoverLapsedAsync).
            await UnclaimAsync();
            throw;
        }

        return claimed.Count;
    }

    /// <summary>
    /// The lane of each of <paramref name="deliveries"/> on a configured channel, by ledger row id: one read per channel
    /// for the whole batch rather than one per send. Nothing is reserved yet (<see cref="IBroadcastChannel.ReserveAsync"/>).
    /// </summary>
    private async Task<Dictionary<long, LaneChoice>> ChooseLanesAsync(IEnumerable<DeliveryRecord> deliveries)
    {
        var lanes = new Dictionary<long, LaneChoice>();
        foreach (var group in deliveries.GroupBy(d => d.Channel))
        {
            if (_channels.TryGetValue(group.Key, out var channel))
            {
                var rows = group.ToList();
                var chosen = await channel.ChooseLanesAsync([.. rows.Select(d => d.UserId)], CancellationToken.None);
                for (var i = 0; i < rows.Count; i++)
                {
                    lanes[rows[i].Id] = chosen[i];
                }
            }
        }

        return lanes;
    }

    /// <summary>Puts the rows this instance claimed and has not started sending back in the queue, if the database lets it.</summary>
    private async Task UnclaimAsync()
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Deliveries.Where(d => d.ClaimedBy == _owner && d.Status == DeliveryStatus.Claimed)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Queued).SetProperty(x => x.NextAttemptMs, 0L));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Claimed campaign deliveries could not be put back in the queue; they return to it at the start of the next round");
        }
    }

    private async Task DeliverAsync(DeliveryRecord delivery, CampaignRecord campaign, bool subscribed, LaneChoice? lane, CancellationToken stopping)
    {
        var none = CancellationToken.None;
        if (!subscribed)
        {
            await UpdateAsync(delivery, DeliveryStatus.Skipped, d => d.Reason = "unsubscribed", none);
            return;
        }

        if (!_channels.TryGetValue(delivery.Channel, out var channel) || lane is null)
        {
            await UpdateAsync(delivery, DeliveryStatus.Failed, d => d.Reason = $"channel '{d.Channel}' is not configured", none);
            return;
        }

        if (lane.Lane is not null)
        {
            lane = await channel.ReserveAsync(delivery.UserId, lane, none);
        }

        if (lane.Lane is null)
        {
            await UpdateAsync(delivery, DeliveryStatus.Deferred, d => d.Reason = lane.Reason, none);
            return;
        }

        try
        {
            await throttle.WaitAsync(delivery.Channel, channel.AccountOf(delivery.UserId), stopping);
        }
        catch (OperationCanceledException)
        {
            await channel.ReleaseAsync(delivery.UserId, lane.Lane, none);
            await UpdateAsync(delivery, DeliveryStatus.Queued, d => d.NextAttemptMs = 0, none);
            return;
        }

        var sendingUntil = time.GetUtcNow().ToUnixTimeMilliseconds() + (options.Value.ClaimLeaseSeconds * 1000L);
        if (!await UpdateAsync(
            delivery,
            DeliveryStatus.Sending,
            d =>
            {
                d.Lane = lane.Lane;
                d.NextAttemptMs = sendingUntil;
                d.Attempts++;
            },
            none,
            DeliveryStatus.Claimed))
        {
            await channel.ReleaseAsync(delivery.UserId, lane.Lane, none);
            return;
        }

        SendOutcome outcome;
        try
        {
            var message = CampaignMessage.For(campaign, delivery.ClickToken, options.Value.PublicBaseUrl);
            outcome = await channel.SendAsync(delivery.UserId, lane, message, delivery.PartsSent, none);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Campaign {Campaign}: sending to {Channel}/{User} failed unexpectedly", campaign.Id, delivery.Channel, delivery.UserId);
            outcome = SendOutcome.Transient(ex.GetType().Name + ": " + ex.Message, delivery.PartsSent);
        }

        await RecordAsync(delivery, lane.Lane, outcome, channel);
    }

    /// <summary>
    /// Records what became of a send: the ledger row's move and, with it, what the send says of the citizen (a reply
    /// window's count, <see cref="SendOutcome.Record"/>): on SQLite in the same group-commit unit, on PostgreSQL right after.
    /// </summary>
    private async Task RecordAsync(DeliveryRecord delivery, string lane, SendOutcome outcome, IBroadcastChannel channel)
    {
        var none = CancellationToken.None;
        var now = time.GetUtcNow();
        if (outcome.Delivered)
        {
            await MoveAsync(DeliveryStatus.Sent, d =>
            {
                d.SentAt = now;
                d.PartsSent = outcome.PartsSent;
                d.PlatformMessageId = outcome.PlatformMessageId;
                d.Reason = null;
            });
            return;
        }

        if (outcome.PartsSent == 0)
        {
            await channel.ReleaseAsync(delivery.UserId, lane, none);
        }

        if (outcome.RateLimited)
        {
            var pause = TimeSpan.FromSeconds(options.Value.RateLimitPauseSeconds);
            var account = channel.AccountOf(delivery.UserId);
            throttle.Pause(delivery.Channel, account, outcome.RetryAfter > pause ? outcome.RetryAfter.Value : pause);
            logger.LogWarning("{Channel} {Account} is over its rate ({Reason}); campaign sends on it pause", delivery.Channel, account, outcome.Reason);
        }

        // delivery.Attempts counts this attempt (it was counted when the row was marked sending).
        if (outcome.Retryable && delivery.Attempts < options.Value.MaxAttempts)
        {
            var retryAt = now.ToUnixTimeMilliseconds() + (long)Math.Min(300_000, options.Value.RetryBaseDelayMilliseconds * Math.Pow(2, delivery.Attempts - 1));
            await MoveAsync(DeliveryStatus.Queued, d =>
            {
                d.NextAttemptMs = retryAt;
                d.PartsSent = outcome.PartsSent;
                d.Reason = outcome.Reason;
            });
            return;
        }

        await MoveAsync(DeliveryStatus.Failed, d =>
        {
            d.PartsSent = outcome.PartsSent;
            d.Reason = outcome.Reason;
        });

        // The row is "sending": moved with no status condition (still holding the claim is the check), and with what the
        // send says of the citizen.
        Task<bool> MoveAsync(string status, Action<DeliveryRecord> change) => UpdateAsync(delivery, status, change, none, from: null, alongside: outcome.Record);
    }

    /// <summary>
    /// Moves a row this instance holds to <paramref name="status"/>, with what <paramref name="change"/> sets on the row in
    /// hand (<see cref="DeliveryLedgerWrite"/>); false when the claim is no longer ours (or the row not in
    /// <paramref name="from"/>): then the stored row is left alone, and the row in hand, changed, is not to be used again.
    /// </summary>
    private async Task<bool> UpdateAsync(
        DeliveryRecord delivery,
        string status,
        Action<DeliveryRecord> change,
        CancellationToken cancellationToken,
        string? from = DeliveryStatus.Claimed,
        Action<StatementBatch>? alongside = null)
    {
        change(delivery);
        delivery.Status = status;
        var moved = await WriteAsync(
            async (db, ct) =>
            {
                var moved = await DeliveryLedgerWrite.RunAsync(db, delivery, _owner, from, ct) == 1;
                if (alongside is not null)
                {
                    await WriteAlongsideAsync(delivery, alongside, db, ct);
                }

                return moved;
            },
            cancellationToken);
        if (moved)
        {
            metrics.BroadcastDelivery(delivery.Channel, status);
        }

        return moved;
    }

    /// <summary>
    /// What a send says of the citizen (a reply window's count), written after the ledger row's move and whether or not
    /// the row moved (the message went out): a failure here must not undo the move, nor stop the rest of the batch.
    /// </summary>
    private async Task WriteAlongsideAsync(DeliveryRecord delivery, Action<StatementBatch> alongside, CdsBotDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new StatementBatch(db);
            alongside(batch);
            await batch.RunAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Campaign delivery {Id}: what the send says of {Channel}/{User} (the reply window's count) could not be recorded", delivery.Id, delivery.Channel, delivery.UserId);
        }
    }

    /// <summary>
    /// One small write of a send: on SQLite in the group commit, many sends' writes in one transaction of its one writer;
    /// on PostgreSQL a statement of its own, which row locks settle, rather than a transaction that would wait for the
    /// write lock every instance's turns take (<see cref="PostgresWriteLock"/>).
    /// </summary>
    private async Task<bool> WriteAsync(Func<CdsBotDbContext, CancellationToken, Task<bool>> write, CancellationToken cancellationToken)
    {
        if (!storage.IsPostgres)
        {
            return await groupCommit.RunAsync(write, cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await write(db, cancellationToken);
    }

    /// <summary>Claims that lapsed go back to the queue; sends that lapsed (the instance died mid-call) become unknown.
    /// Once per worker round: a lease lasts <see cref="BroadcastOptions.ClaimLeaseSeconds"/>, far longer than a round.</summary>
    public async Task RecoverLapsedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // This instance's own claims go back at once: a round begins with none of its batches under way (BroadcastWorker
        // runs one round at a time), so a row it still holds was left by a batch that ended without sending it and could
        // not put it back.
        await db.Deliveries.Where(d => d.Status == DeliveryStatus.Claimed && (d.NextAttemptMs < now || d.ClaimedBy == _owner))
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Queued).SetProperty(x => x.NextAttemptMs, 0L), cancellationToken);
        var unknown = await db.Deliveries.Where(d => d.Status == DeliveryStatus.Sending && d.NextAttemptMs < now && d.ClaimedBy != _owner)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Unknown).SetProperty(x => x.Reason, "the host stopped during the send; not resent, so nobody gets it twice"), cancellationToken);
        if (unknown > 0)
        {
            logger.LogWarning("{Count} campaign messages were being sent when an instance stopped; they are recorded as unknown and not resent", unknown);
        }
    }
}
