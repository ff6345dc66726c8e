using Microsoft.Extensions.Options;

namespace CdsBot.Privacy;

/// <summary>Runs the <see cref="RetentionSweep"/> every <see cref="PrivacyOptions.SweepHours"/> hours, the first time shortly after start.</summary>
public sealed class RetentionWorker(RetentionSweep sweep, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<RetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var removed = await sweep.RunAsync(stoppingToken);
                    logger.LogInformation("Retention sweep removed {Removed}", removed);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Retention sweep failed; it runs again at the next interval");
                }

                await Task.Delay(TimeSpan.FromHours(Math.Max(1, options.Value.SweepHours)), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
