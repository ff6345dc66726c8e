using System.Globalization;
using CdsBot.Dialogs.Content;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Insights.Expiring;

/// <summary>
/// Published items whose validity (<c>valid_to</c>, the last day answered) ends within <see cref="WindowDays"/> days,
/// counted in Vietnam time, for publishers to renew or let lapse before the bot stops answering them. Items already
/// past their end are the expired list (GET /admin/api/items/expired).
/// </summary>
public sealed class ExpiringItems(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time)
{
    /// <summary>An item ending today or within this many days is listed (today + 30 is in, today + 31 is not).</summary>
    public const int WindowDays = 30;

    public async Task<ExpiringReport> ReportAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var last = today.AddDays(WindowDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var withEnd = await db.FaqItems.AsNoTracking().Where(i => i.Status == "published" && i.ValidTo != null)
            .Select(i => new { i.Id, i.Question, i.Topic, i.ValidTo }).ToListAsync(cancellationToken);
        List<ExpiringItem> items = [.. withEnd
            .Where(i => i.ValidTo >= today && i.ValidTo <= last)
            .OrderBy(i => i.ValidTo).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => new ExpiringItem(i.Id, i.Question, i.Topic, i.ValidTo!.Value, i.ValidTo.Value.DayNumber - today.DayNumber))];
        return new ExpiringReport(today, Digest(today, items), items);
    }

    /// <summary>The digest of the ISO week holding <paramref name="today"/>.</summary>
    public static ExpiryDigest Digest(DateOnly today, IReadOnlyList<ExpiringItem> items)
    {
        var day = today.ToDateTime(TimeOnly.MinValue);
        var (year, week) = (ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        var sunday = monday.AddDays(6);
        var thisWeek = items.Count(i => i.ValidTo <= sunday);
        var span = $"tuần {week}, {monday.ToString("dd/MM", CultureInfo.InvariantCulture)}–{sunday.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        var text = items.Count == 0
            ? $"Tuần này ({span}): không có mục nào sắp hết hiệu lực trong {WindowDays} ngày tới."
            : $"Tuần này ({span}): {items.Count} mục sắp hết hiệu lực trong {WindowDays} ngày tới"
              + (thisWeek > 0 ? $", trong đó {thisWeek} mục hết hiệu lực ngay trong tuần." : ".");
        return new ExpiryDigest(year, week, monday, sunday, items.Count, thisWeek, text);
    }
}
