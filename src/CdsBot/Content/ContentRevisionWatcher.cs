using Microsoft.Extensions.Options;

namespace CdsBot.Content;

/// <summary>
/// Keeps this instance's content in step with the database when another instance changes it: polls the revision stamp
/// every <see cref="ContentOptions.RevisionPollSeconds"/> and reloads the content when it moved. Changes made on this
/// instance are in force at once (they reload before answering the request); this is how the others catch up.
/// </summary>
public sealed class ContentRevisionWatcher(ContentLoader loader, IOptions<ContentOptions> options, TimeProvider time, ILogger<ContentRevisionWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.RevisionPollSeconds)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Before the first load (a command, or a start still migrating) there is nothing to keep in step.
                if (loader.Revision is not null && await loader.ReloadIfChangedAsync(stoppingToken))
                {
                    logger.LogInformation("Content changed on another instance; reloaded");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Checking the content revision failed; the content in force stays until the next check");
            }
        }
    }
}
