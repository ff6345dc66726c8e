using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Observability;

/// <summary>The inbox events stored and not yet processed: how many, and how long the oldest has waited.</summary>
public sealed class InboxBacklog(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time)
{
    public async Task<Snapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = db.InboxEvents.Where(e => e.Status == InboxStatus.Pending);
        var count = await pending.CountAsync(cancellationToken);
        // Ids follow arrival, and the (Status, Id) index answers this without a scan; SQLite cannot order by a DateTimeOffset.
        var oldest = await pending.OrderBy(e => e.Id).Select(e => (DateTimeOffset?)e.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
        var age = oldest is null ? TimeSpan.Zero : time.GetUtcNow() - oldest.Value;
        return new Snapshot(count, age < TimeSpan.Zero ? TimeSpan.Zero : age);
    }

    /// <param name="Pending">Events waiting for their turn (including those being run or backing off).</param>
    /// <param name="OldestAge">How long the oldest of them has waited (zero when none waits).</param>
    public sealed record Snapshot(int Pending, TimeSpan OldestAge);
}
