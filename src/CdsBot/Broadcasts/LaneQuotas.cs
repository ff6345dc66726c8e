using System.Globalization;
using CdsBot.Dialogs.Content;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Broadcasts;

/// <summary>Monthly quotas of quota-limited lanes, reserved one message at a time in the database so instances share them.</summary>
public sealed class LaneQuotas(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time)
{
    /// <summary>Takes one message of <paramref name="lane"/>'s quota for this month; false when it is used up.</summary>
    public async Task<bool> TryReserveAsync(string lane, int monthlyQuota, CancellationToken cancellationToken)
    {
        if (monthlyQuota <= 0)
        {
            return false;
        }

        // One statement, as the per-second send windows do: the month's row is created by its first message.
        var period = CurrentPeriod();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
             INSERT INTO lane_quotas ("Lane", "Period", "Used") VALUES ({lane}, {period}, 1)
             ON CONFLICT ("Lane", "Period") DO UPDATE SET "Used" = lane_quotas."Used" + 1 WHERE lane_quotas."Used" < {monthlyQuota}
             """,
            cancellationToken) == 1;
    }

    public async Task ReleaseAsync(string lane, CancellationToken cancellationToken)
    {
        var period = CurrentPeriod();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Quotas.Where(q => q.Lane == lane && q.Period == period && q.Used > 0)
            .ExecuteUpdateAsync(q => q.SetProperty(x => x.Used, x => x.Used - 1), cancellationToken);
    }

    public async Task<int> UsedAsync(string lane, CancellationToken cancellationToken)
    {
        var period = CurrentPeriod();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Quotas.Where(q => q.Lane == lane && q.Period == period).Select(q => q.Used).FirstOrDefaultAsync(cancellationToken);
    }

    private string CurrentPeriod() => time.GetUtcNow().ToOffset(VietnamTime.Offset).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
