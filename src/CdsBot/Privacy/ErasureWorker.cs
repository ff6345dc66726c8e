using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Privacy;

/// <summary>
/// Carries out citizens' erasure requests: once a request is <see cref="PrivacyOptions.ErasureDelaySeconds"/> old and
/// nothing of that citizen waits to be handled or sent (the reply confirming the request included), everything tied
/// to them is erased, the request with it.
/// </summary>
public sealed class ErasureWorker(IDbContextFactory<CdsBotDbContext> contexts, CitizenErasure erasure, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<ErasureWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Erasure pass failed; retrying");
                await Task.Delay(Poll, stoppingToken);
            }
        }
    }

    /// <summary>One pass over the requests due; returns how many were carried out.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var due = time.GetUtcNow().AddSeconds(-options.Value.ErasureDelaySeconds).ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var requests = await db.ErasureRequests.AsNoTracking().Where(r => r.RequestedAtMs <= due).OrderBy(r => r.Id).Take(50).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var request in requests)
        {
            var who = await erasure.IdentifyAsync(request.Channel, request.UserId, request.ConversationId, cancellationToken);
            if (await erasure.HasPendingAsync(who, cancellationToken))
            {
                continue;
            }

            var rows = await erasure.EraseAsync(who, cancellationToken);
            logger.LogInformation("Erased citizen {Citizen} on their request: {Rows} rows deleted or anonymised", who.Pseudonym, rows);
            done++;
        }

        return done;
    }
}
