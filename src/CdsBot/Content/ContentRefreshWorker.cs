using CdsBot.Dialogs.Retrieval;
using Microsoft.Extensions.Options;

namespace CdsBot.Content;

/// <summary>
/// Re-indexes the content in force on a schedule, so an item whose valid_to has passed stops being answered
/// (and one whose valid_from has come starts) without a restart or a publication.
/// </summary>
public sealed class ContentRefreshWorker(ContentCatalog catalog, IOptions<ContentOptions> options, TimeProvider time, ILogger<ContentRefreshWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.RefreshIntervalMinutes), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var before = catalog.Index.Count;
                if (catalog.Reindex() && catalog.Index.Count != before)
                {
                    logger.LogInformation("Validity dates changed what is answerable: {Before} → {After} items", before, catalog.Index.Count);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Re-indexing the content failed; the previous index stays in force");
            }
        }
    }
}
