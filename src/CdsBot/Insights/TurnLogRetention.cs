using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Insights;

/// <summary>
/// Folds the raw turn rows of days older than <see cref="TurnLogOptions.RetentionDays"/> into their daily totals (and each item's
/// daily count) and removes them, in one transaction: a day is either raw or folded, never both, so the dashboard adds the two up.
/// </summary>
public sealed class TurnLogRetention(IDbContextFactory<CdsBotDbContext> contexts, IOptions<TurnLogOptions> options, TimeProvider time)
{
    /// <summary>Folds what has passed the retention; returns how many raw rows were removed.</summary>
    public async Task<int> FoldAsync(CancellationToken cancellationToken)
    {
        var cutoff = TurnLogWriter.DayOf(time.GetUtcNow().AddDays(-options.Value.RetentionDays));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO turn_log_daily (Day, Channel, Route, Band, Locality, Turns, Helpful, Unhelpful, LatencyMsTotal)
             SELECT Day, Channel, Route, COALESCE(Band, ''), COALESCE(Locality, ''), COUNT(*), TOTAL(Helpful = 1), TOTAL(Helpful = 0), TOTAL(LatencyMs)
             FROM turn_log WHERE Day < {cutoff}
             GROUP BY Day, Channel, Route, COALESCE(Band, ''), COALESCE(Locality, '')
             ON CONFLICT (Day, Channel, Route, Band, Locality) DO UPDATE SET
               Turns = Turns + excluded.Turns, Helpful = Helpful + excluded.Helpful,
               Unhelpful = Unhelpful + excluded.Unhelpful, LatencyMsTotal = LatencyMsTotal + excluded.LatencyMsTotal
             """,
            cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO turn_log_daily_items (Day, ItemId, Turns, Helpful, Unhelpful)
             SELECT Day, ItemId, COUNT(*), TOTAL(Helpful = 1), TOTAL(Helpful = 0)
             FROM turn_log WHERE Day < {cutoff} AND ItemId IS NOT NULL AND Route NOT IN ('feedback', 'guide_done')
             GROUP BY Day, ItemId
             ON CONFLICT (Day, ItemId) DO UPDATE SET
               Turns = Turns + excluded.Turns, Helpful = Helpful + excluded.Helpful, Unhelpful = Unhelpful + excluded.Unhelpful
             """,
            cancellationToken);
        var removed = await db.Database.ExecuteSqlAsync($"DELETE FROM turn_log WHERE Day < {cutoff}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }
}
