using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Broadcasts;

/// <summary>
/// Delivery and read receipts the channels report, recorded on the campaign messages they concern. Called by the inbox
/// worker for stored receipt events, so a failure is retried like any other event.
/// </summary>
public sealed class DeliveryReceipts(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time)
{
    /// <summary>Messages with these platform ids arrived (or were seen, when <paramref name="read"/>).</summary>
    public async Task RecordByMessageIdsAsync(IReadOnlyCollection<string> messageIds, bool read, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RecordAsync(db.Deliveries.Where(d => d.PlatformMessageId != null && messageIds.Contains(d.PlatformMessageId)), read, cancellationToken);
    }

    /// <summary>Messenger's receipts: everything sent to <paramref name="userId"/> up to <paramref name="watermarkMs"/> arrived (or was read).</summary>
    public async Task RecordByWatermarkAsync(string channel, string userId, long watermarkMs, bool read, CancellationToken cancellationToken)
    {
        DateTimeOffset? until = DateTimeOffset.FromUnixTimeMilliseconds(watermarkMs);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RecordAsync(db.Deliveries.Where(d => d.Channel == channel && d.UserId == userId && d.Status == DeliveryStatus.Sent && d.SentAt <= until), read, cancellationToken);
    }

    private async Task RecordAsync(IQueryable<DeliveryRecord> rows, bool read, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await rows.Where(d => d.DeliveredAt == null).ExecuteUpdateAsync(d => d.SetProperty(x => x.DeliveredAt, now), cancellationToken);
        if (read)
        {
            await rows.Where(d => d.ReadAt == null).ExecuteUpdateAsync(d => d.SetProperty(x => x.ReadAt, now), cancellationToken);
        }
    }
}
