using System.Diagnostics;
using System.Globalization;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Insights;
using CdsBot.Insights.Reports;
using CdsBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace CdsBot.Bench;

/// <summary>
/// The dashboard's queries over N turn-log rows spread over 180 days (3 channels, the routes and bands in the mix a
/// province sees, 2,000 distinct questions, 300 items, a vote on one answer in ten), in a real SQLite file migrated as
/// the host does: seeding time, file size, then each chart's and the whole page's latency (p50, p99) for the last 30
/// days and for all 180.
/// </summary>
internal static class DashboardBenchmark
{
    private const int Days = 180;

    private static readonly string[] Columns = ["$at", "$day", "$channel", "$conversation", "$locality", "$question", "$route", "$item", "$score", "$band", "$latency", "$helpful"];

    public static async Task RunAsync(int rows, int runs)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cdsbot-bench-dashboard-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<CdsBotDbContext>().UseSqlite($"Data Source={path}").Options;
            await using (var db = new StorageOptions { ConnectionString = $"Data Source={path}" }.CreateMigrationContext())
            {
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            var today = VietnamTime.Today(TimeProvider.System);
            var clock = Stopwatch.StartNew();
            Seed(path, rows, today);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {rows:N0} turn rows over {Days} days in {clock.Elapsed.TotalSeconds:F1} s; database {new FileInfo(path).Length / 1048576.0:F0} MiB"));

            var queries = new DashboardQueries(new PooledDbContextFactory<CdsBotDbContext>(options), new ContentCatalog(TimeProvider.System));
            foreach (var (label, period) in new[] { ("last 30 days", new DashboardPeriod(today.AddDays(-29), today)), ($"all {Days} days", new DashboardPeriod(today.AddDays(1 - Days), today)) })
            {
                Console.WriteLine($"{label}:");
                foreach (var chart in DashboardQueries.Charts)
                {
                    Report($"  {chart}", await TimeAsync(runs, () => queries.ChartAsync(chart, period, CancellationToken.None)));
                }

                Report("  whole page (GET /admin/api/dashboard)", await TimeAsync(runs, () => queries.AllAsync(period, CancellationToken.None)));
                var reports = new PropagandaReportBuilder(queries, Options.Create(new ReportOptions()), TimeProvider.System);
                var reportPeriod = new ReportPeriod("custom", period, label);
                Report("  report DOCX (propaganda.docx)", await TimeAsync(runs, async () => ReportDocx.Write(await reports.BuildAsync(reportPeriod, CancellationToken.None))));
                Report("  report XLSX (propaganda.xlsx)", await TimeAsync(runs, async () => ReportXlsx.Write(await reports.BuildAsync(reportPeriod, CancellationToken.None))));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<List<double>> TimeAsync<T>(int runs, Func<Task<T>> query)
    {
        await query();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    private static void Report(string what, List<double> sorted) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-42} p50 {Percentiles.Of(sorted, 0.5),8:F1} ms   p99 {Percentiles.Of(sorted, 0.99),8:F1} ms"));

    private static void Seed(string path, int rows, DateOnly today)
    {
        string[] channels = ["webchat", "zalo", "zalo", "messenger"];
        (string Route, string? Band)[] routes =
        [
            ("faq", "answered"), ("faq", "answered"), ("faq", "answered"), ("faq", "answered"), ("document", "document"),
            ("faq_suggest", "suggested"), ("faq_clarify", "clarified"), ("fallback", "declined"), ("menu", null), ("guide", null),
            ("guide_done", null), ("lesson", null), ("feedback", null), ("greeting", null), ("handoff", null), ("urgent", null),
        ];
        var random = new Random(17);
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO turn_log (AtMs, Day, Channel, ConversationId, Locality, Question, Route, ItemId, PassageId, Score, Band, Rephrase, LatencyMs, Helpful)
            VALUES ($at, $day, $channel, $conversation, $locality, $question, $route, $item, NULL, $score, $band, 'off', $latency, $helpful)
            """;
        var parameters = Columns.ToDictionary(n => n, n => insert.Parameters.Add(new SqliteParameter { ParameterName = n }));
        insert.Prepare();
        for (var i = 0; i < rows; i++)
        {
            var day = today.AddDays(-random.Next(Days));
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(random.Next(24), random.Next(60))), VietnamTime.Offset);
            var (route, band) = routes[random.Next(routes.Length)];
            var answered = band is "answered" or "document";
            parameters["$at"].Value = at.ToUnixTimeMilliseconds();
            parameters["$day"].Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            parameters["$channel"].Value = channels[random.Next(channels.Length)];
            parameters["$conversation"].Value = $"c{random.Next(200_000)}";
            parameters["$locality"].Value = random.Next(3) == 0 ? $"xa-{random.Next(60)}" : DBNull.Value;
            parameters["$question"].Value = band is null ? DBNull.Value : $"câu hỏi mẫu số {random.Next(2000)} về dịch vụ công trực tuyến";
            parameters["$route"].Value = route;
            parameters["$item"].Value = answered || route is "feedback" or "guide_done" ? $"muc-{random.Next(300)}" : DBNull.Value;
            parameters["$score"].Value = band is null ? DBNull.Value : Math.Round(random.NextDouble(), 3);
            parameters["$band"].Value = (object?)band ?? DBNull.Value;
            parameters["$latency"].Value = random.Next(5, 400);
            parameters["$helpful"].Value = answered && random.Next(10) == 0 ? random.Next(4) > 0 : DBNull.Value;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        analyze.ExecuteNonQuery();
    }
}
