using Microsoft.Extensions.Options;

namespace CdsBot.Insights;

/// <summary>Runs <see cref="TurnLogRetention"/> at start and then every <see cref="TurnLogOptions.RetentionIntervalMinutes"/>.</summary>
public sealed class TurnLogRetentionWorker(TurnLogRetention retention, IOptions<TurnLogOptions> options, TimeProvider time, ILogger<TurnLogRetentionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.RetentionIntervalMinutes), time);
        do
        {
            try
            {
                var removed = await retention.FoldAsync(stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Turn log: {Count} rows older than {Days} days folded into daily totals", removed, options.Value.RetentionDays);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Folding old turn log rows failed; it is tried again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
