using System.Globalization;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Insights;

/// <summary>
/// The dashboard's figures for a period, each grouped in the database over indexed columns. Counts of turns add the
/// daily totals of folded days to the raw rows of the others (<see cref="TurnLogRetention"/>), and so do the top items;
/// the top questions and the guides need each turn's question or conversation, so they cover the raw retention only.
/// </summary>
public sealed class DashboardQueries(IDbContextFactory<CdsBotDbContext> contexts, ContentCatalog catalog)
{
    public const int TopCount = 20;

    /// <summary>The charts, in the order the page shows them.</summary>
    public static IReadOnlyList<string> Charts { get; } = ["daily", "bands", "routes", "satisfaction", "questions", "unanswered", "items", "learning", "broadcasts", "handoffs"];

    public async Task<IReadOnlyList<DashboardTable>> AllAsync(DashboardPeriod period, CancellationToken cancellationToken)
    {
        // Each query reads on its own connection: SQLite in WAL mode, like PostgreSQL, lets readers run side by side.
        var totals = TotalsAsync(period, cancellationToken);
        var others = Charts.Skip(4).Select(chart => ChartAsync(chart, period, cancellationToken)).ToList();
        var counted = await totals;
        return [Daily(period, counted), Bands(counted), Routes(counted), Satisfaction(period, counted), .. (await Task.WhenAll(others)).OfType<DashboardTable>()];
    }

    /// <summary>The chart named <paramref name="chart"/>, or null when there is none by that name.</summary>
    public async Task<DashboardTable?> ChartAsync(string chart, DashboardPeriod period, CancellationToken cancellationToken) => chart switch
    {
        "daily" => Daily(period, await TotalsAsync(period, cancellationToken)),
        "bands" => Bands(await TotalsAsync(period, cancellationToken)),
        "routes" => Routes(await TotalsAsync(period, cancellationToken)),
        "satisfaction" => Satisfaction(period, await TotalsAsync(period, cancellationToken)),
        "questions" => await TopQuestionsAsync("questions", "Câu hỏi được hỏi nhiều nhất", false, period, cancellationToken),
        "unanswered" => await TopQuestionsAsync("unanswered", "Câu hỏi chưa trả lời được nhiều nhất", true, period, cancellationToken),
        "items" => await TopItemsAsync(period, cancellationToken),
        "learning" => await LearningAsync(period, cancellationToken),
        "broadcasts" => await BroadcastsAsync(period, cancellationToken),
        "handoffs" => await HandoffsAsync(period, cancellationToken),
        _ => null,
    };

    /// <summary>Turns by day, channel, route and band: folded days from their totals, the others counted from the raw rows.</summary>
    private async Task<List<TurnTotal>> TotalsAsync(DashboardPeriod period, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (from, to) = (period.FromDay, period.ToDay);
        return await db.Database.SqlQuery<TurnTotal>(
            $"""
             SELECT "Day", "Channel", "Route", "Band", CAST(SUM("Turns") AS BIGINT) AS "Turns", CAST(SUM("Helpful") AS BIGINT) AS "Helpful", CAST(SUM("Unhelpful") AS BIGINT) AS "Unhelpful"
             FROM (
               SELECT "Day", "Channel", "Route", "Band", "Turns", "Helpful", "Unhelpful" FROM turn_log_daily WHERE "Day" BETWEEN {from} AND {to}
               UNION ALL
               SELECT "Day", "Channel", "Route", COALESCE("Band", ''), COUNT(*), SUM(CASE WHEN "Helpful" THEN 1 ELSE 0 END), SUM(CASE WHEN NOT "Helpful" THEN 1 ELSE 0 END)
               FROM turn_log WHERE "Day" BETWEEN {from} AND {to} GROUP BY "Day", "Channel", "Route", "Band"
             ) AS totals
             GROUP BY "Day", "Channel", "Route", "Band"
             """).ToListAsync(cancellationToken);
    }

    private static DashboardTable Daily(DashboardPeriod period, List<TurnTotal> totals)
    {
        var channels = DashboardLabels.Channels.Union(totals.Select(t => t.Channel).Order(StringComparer.Ordinal)).ToList();
        var byDay = totals.GroupBy(t => t.Day).ToDictionary(g => g.Key, g => g.GroupBy(t => t.Channel).ToDictionary(c => c.Key, c => c.Sum(t => t.Turns)));
        var rows = period.Days.Select(day =>
        {
            var counts = byDay.GetValueOrDefault(day) ?? [];
            List<object?> row = [Date(day), .. channels.Select(c => (object?)counts.GetValueOrDefault(c)), counts.Values.Sum()];
            return (IReadOnlyList<object?>)row;
        }).ToList();
        return new DashboardTable("daily", "Số lượt hỏi theo ngày và kênh", "stacked", [.. Enumerable.Range(1, channels.Count)],
            ["Ngày", .. channels.Select(DashboardLabels.Channel), "Tổng"], rows);
    }

    private static DashboardTable Bands(List<TurnTotal> totals)
    {
        var counts = totals.Where(t => t.Band.Length > 0).GroupBy(t => t.Band).ToDictionary(g => g.Key, g => g.Sum(t => t.Turns));
        var all = counts.Values.Sum();
        var rows = DashboardLabels.Bands.Union(counts.Keys.Order(StringComparer.Ordinal))
            .Select(band => (IReadOnlyList<object?>)[DashboardLabels.Band(band), counts.GetValueOrDefault(band), Percent(counts.GetValueOrDefault(band), all)])
            .ToList();
        return new DashboardTable("bands", "Tỉ lệ trả lời câu hỏi", "doughnut", [1], ["Kết quả", "Số câu hỏi", "Tỉ lệ (%)"], rows);
    }

    private static DashboardTable Routes(List<TurnTotal> totals)
    {
        var counts = totals.GroupBy(t => t.Route).Select(g => (Route: g.Key, Turns: g.Sum(t => t.Turns))).OrderByDescending(r => r.Turns).ThenBy(r => r.Route, StringComparer.Ordinal).ToList();
        var all = counts.Sum(c => c.Turns);
        var rows = counts.Select(c => (IReadOnlyList<object?>)[DashboardLabels.Route(c.Route), c.Turns, Percent(c.Turns, all)]).ToList();
        return new DashboardTable("routes", "Lượt trò chuyện theo cách bot xử lý", "hbar", [1], ["Cách xử lý", "Số lượt", "Tỉ lệ (%)"], rows);
    }

    private static DashboardTable Satisfaction(DashboardPeriod period, List<TurnTotal> totals)
    {
        var byDay = totals.GroupBy(t => t.Day).ToDictionary(g => g.Key, g => (Up: g.Sum(t => t.Helpful), Down: g.Sum(t => t.Unhelpful)));
        var rows = period.Days.Select(day =>
        {
            var (up, down) = byDay.GetValueOrDefault(day);
            return (IReadOnlyList<object?>)[Date(day), up, down, Percent(up, up + down)];
        }).ToList();
        return new DashboardTable("satisfaction", "Mức độ hài lòng với câu trả lời", "stacked", [1, 2], ["Ngày", "Hữu ích", "Chưa hữu ích", "Tỉ lệ hữu ích (%)"], rows);
    }

    /// <summary>The questions asked most often, of all searched (<paramref name="unansweredOnly"/> false) or of those no item answered.</summary>
    private async Task<DashboardTable> TopQuestionsAsync(string key, string title, bool unansweredOnly, DashboardPeriod period, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (from, to, all) = (period.FromDay, period.ToDay, unansweredOnly ? 0 : 1);
        var top = await db.Database.SqlQuery<TextCount>(
            $"""
             SELECT "Question" AS "Text", COUNT(*) AS "Count" FROM turn_log
             WHERE "Day" BETWEEN {from} AND {to} AND "Band" IS NOT NULL AND ({all} = 1 OR "Band" IN ('declined', 'suggested')) AND "Question" IS NOT NULL
             GROUP BY "Question" ORDER BY "Count" DESC, "Question" LIMIT {TopCount}
             """).ToListAsync(cancellationToken);
        return new DashboardTable(key, title, "hbar", [1], ["Câu hỏi (đã che thông tin cá nhân)", "Số lần"],
            [.. top.Select(t => (IReadOnlyList<object?>)[t.Text, t.Count])]);
    }

    private async Task<DashboardTable> TopItemsAsync(DashboardPeriod period, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (from, to) = (period.FromDay, period.ToDay);
        var top = await db.Database.SqlQuery<ItemCount>(
            $"""
             SELECT "ItemId", CAST(SUM("Turns") AS BIGINT) AS "Count", CAST(SUM("Helpful") AS BIGINT) AS "Helpful", CAST(SUM("Unhelpful") AS BIGINT) AS "Unhelpful"
             FROM (
               SELECT "ItemId", "Turns", "Helpful", "Unhelpful" FROM turn_log_daily_items WHERE "Day" BETWEEN {from} AND {to}
               UNION ALL
               SELECT "ItemId", COUNT(*), SUM(CASE WHEN "Helpful" THEN 1 ELSE 0 END), SUM(CASE WHEN NOT "Helpful" THEN 1 ELSE 0 END) FROM turn_log
               WHERE "Day" BETWEEN {from} AND {to} AND "ItemId" IS NOT NULL AND "Route" NOT IN ('feedback', 'guide_done')
               GROUP BY "ItemId"
             ) AS items
             GROUP BY "ItemId" ORDER BY "Count" DESC, "ItemId" LIMIT {TopCount}
             """).ToListAsync(cancellationToken);
        var content = catalog.Content;
        return new DashboardTable("items", "Mục hỏi đáp được trả lời nhiều nhất", "hbar", [2], ["Mã mục", "Câu hỏi", "Số lần trả lời", "Hữu ích", "Chưa hữu ích"],
            [.. top.Select(t => (IReadOnlyList<object?>)[t.ItemId, content.FindItem(t.ItemId)?.Question ?? "", t.Count, t.Helpful, t.Unhelpful])]);
    }

    private async Task<DashboardTable> LearningAsync(DashboardPeriod period, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (from, to, start, end) = (period.FromDay, period.ToDay, Stored(db, period.Start), Stored(db, period.End));
        // A guide's citizens are its conversations (on Zalo and Messenger one per citizen; on the web one per browser).
        var guides = await db.Database.SqlQuery<NamedCount>(
            $"""
             SELECT "ItemId" AS "Name", COUNT(*) AS "Count", COUNT(DISTINCT "Channel" || '/' || "ConversationId") AS "People" FROM turn_log
             WHERE "Day" BETWEEN {from} AND {to} AND "Route" = 'guide_done' AND "ItemId" IS NOT NULL
             GROUP BY "ItemId" ORDER BY "Count" DESC, "ItemId"
             """).ToListAsync(cancellationToken);
        var lessons = await db.Database.SqlQuery<NamedCount>(
            $"""
             SELECT "LessonId" AS "Name", COUNT(*) AS "Count", COUNT(DISTINCT "Channel" || '/' || "UserId") AS "People" FROM lesson_results
             WHERE "At" >= {start} AND "At" < {end}
             GROUP BY "LessonId" ORDER BY "Count" DESC, "LessonId"
             """).ToListAsync(cancellationToken);
        var contests = await db.Database.SqlQuery<NamedCount>(
            $"""
             SELECT c."Title" AS "Name", COUNT(*) AS "Count", COUNT(DISTINCT a."Channel" || '/' || a."UserId") AS "People"
             FROM contest_attempts a JOIN contest_rounds r ON r."Id" = a."RoundId" JOIN contests c ON c."Id" = r."ContestId"
             WHERE a."StartedAt" >= {start} AND a."StartedAt" < {end}
             GROUP BY c."Id", c."Title" ORDER BY "Count" DESC, c."Title"
             """).ToListAsync(cancellationToken);
        var content = catalog.Content;
        IEnumerable<IReadOnlyList<object?>> rows =
        [
            .. guides.Select(g => (IReadOnlyList<object?>)[content.FindGuide(g.Name)?.Title ?? g.Name, "Hướng dẫn hoàn thành", g.Count, g.People]),
            .. lessons.Select(l => (IReadOnlyList<object?>)[content.FindLesson(l.Name)?.Title ?? l.Name, "Bài học hoàn thành", l.Count, l.People]),
            .. contests.Select(c => (IReadOnlyList<object?>)[c.Name, "Lượt dự thi", c.Count, c.People]),
        ];
        return new DashboardTable("learning", "Hướng dẫn, bài học và cuộc thi", "bar", [2, 3], ["Tên", "Loại", "Số lượt", "Số người"], [.. rows]);
    }

    private async Task<DashboardTable> BroadcastsAsync(DashboardPeriod period, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (start, end) = (period.Start, period.End);
        var reach = await db.Deliveries.AsNoTracking()
            .Where(d => d.SentAt >= start && d.SentAt < end)
            .GroupBy(d => d.CampaignId)
            .Select(g => new
            {
                CampaignId = g.Key,
                Sent = g.Count(),
                Delivered = g.Count(d => d.DeliveredAt != null),
                Read = g.Count(d => d.ReadAt != null),
                Clicked = g.Count(d => d.ClickedAt != null),
                OptedOut = g.Count(d => d.OptedOutAt != null),
            })
            .ToListAsync(cancellationToken);
        var ids = reach.Select(r => r.CampaignId).ToList();
        var names = await db.Campaigns.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return new DashboardTable("broadcasts", "Tin gửi đi và mức độ tiếp cận", "bar", [1, 2, 3, 4, 5],
            ["Chiến dịch", "Đã gửi", "Đã nhận", "Đã đọc", "Đã bấm liên kết", "Hủy nhận tin"],
            [.. reach.OrderBy(r => r.CampaignId).Select(r => (IReadOnlyList<object?>)[names.GetValueOrDefault(r.CampaignId, $"#{r.CampaignId}"), r.Sent, r.Delivered, r.Read, r.Clicked, r.OptedOut])]);
    }

    private static readonly string[] Waits = ["Dưới 15 phút", "15 đến 60 phút", "1 đến 4 giờ", "4 đến 24 giờ", "Trên 24 giờ", "Chưa được trả lời"];

    private async Task<DashboardTable> HandoffsAsync(DashboardPeriod period, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (start, end) = (Stored(db, period.Start), Stored(db, period.End));
        var sql = SqlDialect.Of(db.Database);
        // Waiting: from the request to the first staff message. Reply: from each message the citizen wrote in the
        // thread to the next staff message.
        var wait = sql.SecondsBetween("""(SELECT MIN(m."At") FROM handoff_messages m WHERE m."HandoffId" = q."Id" AND m."From" = 'staff')""", """q."AskedAt" """);
        var reply = sql.SecondsBetween("""(SELECT MIN(s."At") FROM handoff_messages s WHERE s."HandoffId" = c."HandoffId" AND s."From" = 'staff' AND s."At" > c."At")""", """c."At" """);
        var query = $$"""
              WITH requests AS (
                SELECT r."Id", r."RequestedAt" AS "AskedAt" FROM handoff_requests r WHERE r."RequestedAt" >= {0} AND r."RequestedAt" < {1}
              ),
              waits AS (
                SELECT 'wait' AS "Kind", {{wait}} AS "Seconds"
                FROM requests q
                UNION ALL
                SELECT 'reply', {{reply}}
                FROM handoff_messages c JOIN requests q ON q."Id" = c."HandoffId" WHERE c."From" = 'citizen'
              )
              SELECT "Kind", CASE WHEN "Seconds" IS NULL THEN 5 WHEN "Seconds" < 900 THEN 0 WHEN "Seconds" < 3600 THEN 1 WHEN "Seconds" < 14400 THEN 2 WHEN "Seconds" < 86400 THEN 3 ELSE 4 END AS "Bucket",
                     COUNT(*) AS "Count"
              FROM waits GROUP BY "Kind", "Bucket"
              """;
        var buckets = await db.Database.SqlQueryRaw<BucketCount>(query, start, end).ToListAsync(cancellationToken);
        var counts = buckets.ToDictionary(b => (b.Kind, b.Bucket), b => b.Count);
        return new DashboardTable("handoffs", "Gặp cán bộ: thời gian chờ và trả lời", "bar", [1, 2],
            ["Thời gian", "Yêu cầu chờ cán bộ trả lời lần đầu", "Tin nhắn chờ cán bộ trả lời"],
            [.. Waits.Select((label, i) => (IReadOnlyList<object?>)[label, counts.GetValueOrDefault(("wait", i)), counts.GetValueOrDefault(("reply", i))])]);
    }

    /// <summary>
    /// A bound for a DateTimeOffset column: the instant on PostgreSQL; on SQLite the text EF stores a UTC value as
    /// ("yyyy-MM-dd HH:mm:ss.fffffff+00:00") up to the second, so that, compared as text (which keeps the column's index
    /// of use), a bound sorts before every stored value of the same second.
    /// </summary>
    private static object Stored(CdsBotDbContext db, DateTimeOffset at) => SqlDialect.Of(db.Database).IsPostgres
        ? at.ToUniversalTime()
        : at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Date(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static double Percent(long part, long all) => all == 0 ? 0 : Math.Round(100.0 * part / all, 1);

    private sealed class TurnTotal
    {
        public required string Day { get; set; }

        public required string Channel { get; set; }

        public required string Route { get; set; }

        public required string Band { get; set; }

        public long Turns { get; set; }

        public long Helpful { get; set; }

        public long Unhelpful { get; set; }
    }

    private sealed class TextCount
    {
        public required string Text { get; set; }

        public long Count { get; set; }
    }

    private sealed class ItemCount
    {
        public required string ItemId { get; set; }

        public long Count { get; set; }

        public long Helpful { get; set; }

        public long Unhelpful { get; set; }
    }

    private sealed class NamedCount
    {
        public required string Name { get; set; }

        public long Count { get; set; }

        public long People { get; set; }
    }

    private sealed class BucketCount
    {
        public required string Kind { get; set; }

        public int Bucket { get; set; }

        public long Count { get; set; }
    }
}
