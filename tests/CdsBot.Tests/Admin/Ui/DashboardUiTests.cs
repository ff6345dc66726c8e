using System.Text;
using CdsBot.Admin.Import;
using CdsBot.Insights;
using CdsBot.Tests.Fixtures;
using Microsoft.Playwright;

namespace CdsBot.Tests.Admin.Ui;

/// <summary>
/// The "Tổng quan" page in real Chromium over a database holding <see cref="DashboardSeed"/>: the seeded figures show in
/// the charts' tables, and each chart's CSV, downloaded as staff would, holds exactly the seeded counts.
/// </summary>
#pragma warning disable CA1001 // xunit disposes both through IAsyncLifetime.DisposeAsync.
public sealed class DashboardUiTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private StaffBot _bot = null!;
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _bot = new StaffBot(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });
        await DashboardSeed.SeedAsync(_bot.Host.Services);
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _bot.Dispose();
    }

    [Fact]
    public async Task Staff_see_the_seeded_figures_for_a_period_and_each_charts_csv_holds_them_exactly()
    {
        var page = await (await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _bot.Anonymous().BaseAddress!.ToString(),
            Locale = "vi-VN",
            AcceptDownloads = true,
            ViewportSize = new() { Width = 1366, Height = 900 },
        })).NewPageAsync();
        await page.GotoAsync("/admin/");
        await page.GetByLabel("Tên đăng nhập").FillAsync("editor");
        await page.GetByLabel("Mật khẩu").FillAsync(StaffBot.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tổng quan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".dash-card")).ToHaveCountAsync(DashboardQueries.Charts.Count);

        await page.GetByLabel("Từ ngày", new() { Exact = true }).FillAsync(DashboardSeed.Iso(DashboardSeed.First));
        await page.GetByLabel("Đến ngày", new() { Exact = true }).FillAsync(DashboardSeed.Iso(DashboardSeed.Second));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem số liệu" }).ClickAsync();
        var daily = page.Locator(".dash-card[data-chart=daily]");
        await Assertions.Expect(daily.Locator("a", new() { HasText = "Tải CSV" }))
            .ToHaveAttributeAsync("href", $"/admin/api/dashboard/daily.csv?from={DashboardSeed.Iso(DashboardSeed.First)}&to={DashboardSeed.Iso(DashboardSeed.Second)}");
        // Every chart was drawn (all have seeded rows).
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Biểu đồ: ") })).ToHaveCountAsync(DashboardQueries.Charts.Count);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "cdsbot-staff-dashboard-charts-1366.png"), FullPage = true });

        foreach (var (chart, expected) in DashboardSeed.Expected)
        {
            var card = page.Locator($".dash-card[data-chart={chart}]");
            await card.GetByRole(AriaRole.Button, new() { Name = "Xem dạng bảng" }).ClickAsync();
            var rows = card.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
            await Assertions.Expect(rows).ToHaveCountAsync(expected.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                // The page writes numbers the Vietnamese way (66,7); the CSV keeps them plain (66.7).
                await Assertions.Expect(rows.Nth(i).GetByRole(i == 0 ? AriaRole.Columnheader : AriaRole.Cell))
                    .ToHaveTextAsync([.. expected[i].Select(c => i == 0 ? c : c.Replace('.', ','))]);
            }

            var download = await page.RunAndWaitForDownloadAsync(() => card.GetByRole(AriaRole.Link, new() { Name = "Tải CSV" }).ClickAsync());
            await using var file = await download.CreateReadStreamAsync();
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy);
            var bytes = copy.ToArray();
            Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), $"{chart}.csv starts with a byte order mark");
            var csv = CsvTable.Read(Encoding.UTF8.GetString(bytes.AsSpan(3)));
            Assert.Equal(expected.Select(r => string.Join(" | ", r)), csv.Select(r => string.Join(" | ", r)));
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "cdsbot-staff-dashboard-tables-1366.png"), FullPage = true });
    }
}
