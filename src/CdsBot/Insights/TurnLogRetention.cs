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
             INSERT INTO turn_log_daily ("Day", "Channel", "Route", "Band", "Locality", "Turns", "Helpful", "Unhelpful", "LatencyMsTotal")
             SELECT "Day", "Channel", "Route", COALESCE("Band", ''), COALESCE("Locality", ''), COUNT(*),
                    SUM(CASE WHEN "Helpful" THEN 1 ELSE 0 END), SUM(CASE WHEN NOT "Helpful" THEN 1 ELSE 0 END), SUM("LatencyMs")
             FROM turn_log WHERE "Day" < {cutoff}
             GROUP BY "Day", "Channel", "Route", COALESCE("Band", ''), COALESCE("Locality", '')
             ON CONFLICT ("Day", "Channel", "Route", "Band", "Locality") DO UPDATE SET
               "Turns" = turn_log_daily."Turns" + excluded."Turns", "Helpful" = turn_log_daily."Helpful" + excluded."Helpful",
               "Unhelpful" = turn_log_daily."Unhelpful" + excluded."Unhelpful", "LatencyMsTotal" = turn_log_daily."LatencyMsTotal" + excluded."LatencyMsTotal"
             """,
            cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO turn_log_daily_items ("Day", "ItemId", "Turns", "Helpful", "Unhelpful")
             SELECT "Day", "ItemId", COUNT(*), SUM(CASE WHEN "Helpful" THEN 1 ELSE 0 END), SUM(CASE WHEN NOT "Helpful" THEN 1 ELSE 0 END)
             FROM turn_log WHERE "Day" < {cutoff} AND "ItemId" IS NOT NULL AND "Route" NOT IN ('feedback', 'guide_done')
             GROUP BY "Day", "ItemId"
             ON CONFLICT ("Day", "ItemId") DO UPDATE SET
               "Turns" = turn_log_daily_items."Turns" + excluded."Turns", "Helpful" = turn_log_daily_items."Helpful" + excluded."Helpful",
               "Unhelpful" = turn_log_daily_items."Unhelpful" + excluded."Unhelpful"
             """,
            cancellationToken);
        var removed = await db.TurnLog.Where(t => t.Day.CompareTo(cutoff) < 0).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }
}
