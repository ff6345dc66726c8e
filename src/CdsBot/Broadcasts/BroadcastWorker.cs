using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Broadcasts;

/// <summary>
/// The broadcast worker: starts approved campaigns whose time has come, sends their ledgers batch by batch, closes
/// campaigns with nothing left to send, and expires deferred copies when their campaign expires. Times are read from
/// the injected clock, so a test can move it; polling itself runs on the wall clock.
/// </summary>
public sealed class BroadcastWorker(
    IDbContextFactory<CdsBotDbContext> contexts,
    AudienceBuilder audience,
    CampaignDispatcher dispatcher,
    IOptions<BroadcastOptions> options,
    TimeProvider time,
    ILogger<BroadcastWorker> logger) : BackgroundService
{
    /// <summary>Held by the round under way (<see cref="RunOnceAsync"/>).</summary>
    private readonly SemaphoreSlim _round = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Broadcasts are off on this instance (Broadcasts:Enabled=false)");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Broadcast round failed; retrying at the next poll");
            }

            try
            {
                await Task.Delay(options.Value.PollIntervalMilliseconds, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>
    /// One round: start what is due, send until nothing is due, then close and expire. Rounds run one at a time (the
    /// polling loop's and any other caller's): a round begins by putting back the claims this instance holds, which
    /// would take rows from under a round still sending them.
    /// </summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await _round.WaitAsync(cancellationToken);
        try
        {
            await StartDueAsync(cancellationToken);
            await dispatcher.RecoverLapsedAsync(cancellationToken);
            while (!cancellationToken.IsCancellationRequested && await dispatcher.DispatchBatchAsync(cancellationToken) > 0)
            {
            }

            await CloseAsync(cancellationToken);
        }
        finally
        {
            _round.Release();
        }
    }

    private async Task StartDueAsync(CancellationToken cancellationToken)
    {
        List<long> due;
        var now = time.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Campaigns.Where(c => c.Status == CampaignStatus.Approved && c.ScheduledAt <= now).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        foreach (var id in due)
        {
            if (await audience.StartAsync(id, cancellationToken) is { } targeted)
            {
                logger.LogInformation("Campaign {Campaign} started: {Targeted} recipients", id, targeted);
            }
        }
    }

    private async Task CloseAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = new[] { DeliveryStatus.Queued, DeliveryStatus.Claimed, DeliveryStatus.Sending };
        await db.Campaigns
            .Where(c => c.Status == CampaignStatus.Running && !db.Deliveries.Any(d => d.CampaignId == c.Id && open.Contains(d.Status)))
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CampaignStatus.Completed).SetProperty(x => x.FinishedAt, now), cancellationToken);
        await db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Deferred && db.Campaigns.Any(c => c.Id == d.CampaignId && c.ExpiresAt <= now))
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Expired), cancellationToken);
        var minuteAgo = now.ToUnixTimeSeconds() - 60;
        await db.SendWindows.Where(w => w.Second < minuteAgo).ExecuteDeleteAsync(cancellationToken);
    }
}
