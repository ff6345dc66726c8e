using CdsBot.Tests.Fixtures;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace CdsBot.Tests.Admin.Ui;

/// <summary>The "Báo cáo" box on the Tổng quan page in real Chromium: staff choose a period and download the report.</summary>
#pragma warning disable CA1001 // xunit disposes both through IAsyncLifetime.DisposeAsync.
public sealed class ReportUiTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private StaffBot _bot = null!;
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _bot = new StaffBot(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000", ["Report:Province"] = "Tỉnh Thái Bình" });
        await DashboardSeed.SeedAsync(_bot.Host.Services);
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _bot.Dispose();
    }

    [Fact]
    public async Task Staff_choose_a_custom_period_and_download_the_report_as_docx_and_xlsx()
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

        var box = page.GetByRole(AriaRole.Form, new() { Name = "Báo cáo kết quả tuyên truyền" });
        await box.GetByLabel("Kỳ báo cáo").SelectOptionAsync("custom");
        await Assertions.Expect(box.GetByLabel("Năm", new() { Exact = true })).ToBeHiddenAsync();
        await box.GetByLabel("Báo cáo từ ngày").FillAsync(DashboardSeed.Iso(DashboardSeed.First));
        await box.GetByLabel("Báo cáo đến ngày").FillAsync(DashboardSeed.Iso(DashboardSeed.Second));
        var word = box.GetByRole(AriaRole.Link, new() { Name = "Tải báo cáo Word (.docx)" });
        await Assertions.Expect(word).ToHaveAttributeAsync("href", $"/admin/api/reports/propaganda.docx?kind=custom&from={DashboardSeed.Iso(DashboardSeed.First)}&to={DashboardSeed.Iso(DashboardSeed.Second)}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "cdsbot-staff-report-box-1366.png"), FullPage = true });

        var docx = await DownloadAsync(page, word);
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("TỈNH THÁI BÌNH", text, StringComparison.Ordinal);
            Assert.Contains("Kết quả tuyên truyền từ ngày", text, StringComparison.Ordinal);
        }

        var xlsx = await DownloadAsync(page, box.GetByRole(AriaRole.Link, new() { Name = "Tải bảng số liệu Excel (.xlsx)" }));
        var sheets = CdsBot.Admin.Import.XlsxTable.ReadSheets(new MemoryStream(xlsx));
        Assert.Equal("11", sheets.Single(s => s.Name == "Chỉ số chính").Rows.Single(r => r[0] == "Tổng số lượt trò chuyện với trợ lý ảo")[1]);
    }

    private static async Task<byte[]> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        await using var file = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy);
        return copy.ToArray();
    }
}
