using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Broadcasts;

/// <summary>Delivery and read receipts the channels report, recorded on the campaign messages they concern.</summary>
public sealed class DeliveryReceipts(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time, ILogger<DeliveryReceipts> logger)
{
    /// <summary>Messages with these platform ids arrived (or were seen, when <paramref name="read"/>).</summary>
    public async Task RecordByMessageIdsAsync(IReadOnlyCollection<string> messageIds, bool read, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
        {
            return;
        }

        await SafelyAsync(async db =>
        {
            var now = time.GetUtcNow();
            var rows = db.Deliveries.Where(d => d.PlatformMessageId != null && messageIds.Contains(d.PlatformMessageId));
            await rows.Where(d => d.DeliveredAt == null).ExecuteUpdateAsync(d => d.SetProperty(x => x.DeliveredAt, now), cancellationToken);
            if (read)
            {
                await rows.Where(d => d.ReadAt == null).ExecuteUpdateAsync(d => d.SetProperty(x => x.ReadAt, now), cancellationToken);
            }
        });
    }

    /// <summary>Messenger's receipts: everything sent to <paramref name="userId"/> up to <paramref name="watermarkMs"/> arrived (or was read).</summary>
    public async Task RecordByWatermarkAsync(string channel, string userId, long watermarkMs, bool read, CancellationToken cancellationToken) =>
        await SafelyAsync(async db =>
        {
            DateTimeOffset? until = DateTimeOffset.FromUnixTimeMilliseconds(watermarkMs);
            var now = time.GetUtcNow();
            var rows = db.Deliveries.Where(d => d.Channel == channel && d.UserId == userId && d.Status == DeliveryStatus.Sent && d.SentAt <= until);
            await rows.Where(d => d.DeliveredAt == null).ExecuteUpdateAsync(d => d.SetProperty(x => x.DeliveredAt, now), cancellationToken);
            if (read)
            {
                await rows.Where(d => d.ReadAt == null).ExecuteUpdateAsync(d => d.SetProperty(x => x.ReadAt, now), cancellationToken);
            }
        });

    /// <summary>Receipts are statistics: a failure to record one is logged, never passed on to the webhook.</summary>
    private async Task SafelyAsync(Func<CdsBotDbContext, Task> record)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            await record(db);
        }
        catch (Exception ex) when (ex is DbUpdateException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            logger.LogWarning(ex, "A delivery receipt could not be recorded");
        }
    }
}
