using System.Globalization;
using CdsBot.Insights;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CdsBot.Tests.Insights;

/// <summary>The dashboard's aggregates over a real SQLite database holding <see cref="DashboardSeed"/>.</summary>
public sealed class DashboardQueriesTests : IAsyncLifetime, IDisposable
{
    private readonly BotHost _host = new();

    public Task InitializeAsync() => DashboardSeed.SeedAsync(_host.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _host.Dispose();

    private static DashboardPeriod Period => new(DashboardSeed.First, DashboardSeed.Second);

    private static string[][] Cells(DashboardTable table) =>
        [[.. table.Columns], .. table.Rows.Select(r => r.Select(c => c is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : c?.ToString() ?? "").ToArray())];

    private async Task<Dictionary<string, string[][]>> ChartsAsync() =>
        (await _host.Services.GetRequiredService<DashboardQueries>().AllAsync(Period, CancellationToken.None)).ToDictionary(t => t.Key, Cells);

    [Fact]
    public async Task Every_chart_counts_what_was_seeded_in_the_period_and_nothing_outside_it()
    {
        var charts = await ChartsAsync();

        Assert.Equal(DashboardQueries.Charts, charts.Keys);
        foreach (var (chart, expected) in DashboardSeed.Expected)
        {
            Assert.True(expected.SequenceEqual(charts[chart], new RowComparer()), $"{chart}: {Show(charts[chart])}");
        }
    }

    [Fact]
    public async Task Folding_a_day_past_retention_keeps_its_counts_and_removes_its_raw_rows()
    {
        var contexts = _host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>();
        var retention = new TurnLogRetention(contexts, Options.Create(new TurnLogOptions { RetentionDays = 1 }), TimeProvider.System);

        var removed = await retention.FoldAsync(CancellationToken.None);
        var charts = await ChartsAsync();

        Assert.Equal(6, removed);
        await using var db = await contexts.CreateDbContextAsync();
        Assert.False(await db.TurnLog.AnyAsync(t => t.Day == DashboardSeed.Iso(DashboardSeed.First)));
        Assert.Equal(6, await db.TurnDaily.Where(t => t.Day == DashboardSeed.Iso(DashboardSeed.First)).SumAsync(t => t.Turns));
        foreach (var chart in new[] { "daily", "bands", "routes", "satisfaction", "items" })
        {
            Assert.True(DashboardSeed.Expected[chart].SequenceEqual(charts[chart], new RowComparer()), $"{chart}: {Show(charts[chart])}");
        }

        // Items are counted per day for ever; a citizen's words are not, so the folded day leaves the top questions.
        Assert.Equal([["nghị định 13 quy định gì", "4"]], charts["questions"].Skip(1), new RowComparer());
        Assert.Equal(0, await retention.FoldAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("2026-02-30", null, "năm-tháng-ngày")]
    [InlineData("2026-06-15", "2026-06-01", "sau ngày bắt đầu")]
    [InlineData("2025-01-01", "2026-06-01", "tối đa 366 ngày")]
    public void A_period_that_cannot_be_shown_is_refused_in_Vietnamese(string from, string? to, string error)
    {
        var (period, message) = DashboardPeriod.Parse(from, to, TimeProvider.System);

        Assert.Null(period);
        Assert.Contains(error, message, StringComparison.Ordinal);
    }

    private static string Show(string[][] rows) => string.Join(" | ", rows.Select(r => string.Join(", ", r)));

    private sealed class RowComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x!.SequenceEqual(y!);

        public int GetHashCode(string[] obj) => obj.Length;
    }
}
