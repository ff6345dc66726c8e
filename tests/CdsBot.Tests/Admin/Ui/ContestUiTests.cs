using System.Globalization;
using CdsBot.Admin.Import;
using CdsBot.Tests.Fixtures;
using Microsoft.Playwright;

namespace CdsBot.Tests.Admin.Ui;

/// <summary>
/// A contest from end to end in real Chromium: staff build one with 5 questions on the "Cuộc thi" page, a citizen plays
/// it through the web chat at a phone's size, and the leaderboard and the XLSX results show the entry.
/// </summary>
#pragma warning disable CA1001 // xunit disposes both through IAsyncLifetime.DisposeAsync.
public sealed class ContestUiTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private StaffBot _bot = null!;
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _bot = new StaffBot(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000", ["WebChat:StreamPollMilliseconds"] = "500" });
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _bot.Dispose();
    }

    private string Address => _bot.Anonymous().BaseAddress!.ToString();

    private static string VietnamTime(TimeSpan fromNow) =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Add(fromNow).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Staff_build_a_contest_a_citizen_plays_it_in_the_web_chat_and_the_leaderboard_and_results_show_it()
    {
        var staff = await (await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address, Locale = "vi-VN", AcceptDownloads = true })).NewPageAsync();
        await staff.GotoAsync("/admin/");
        await staff.GetByLabel("Tên đăng nhập").FillAsync("publisher");
        await staff.GetByLabel("Mật khẩu").FillAsync(StaffBot.Password);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(staff.Locator("nav button[data-tab=items][aria-current]")).ToHaveCountAsync(1);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Cuộc thi" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#contests")).ToHaveTextAsync("Chưa có cuộc thi nào.");

        await staff.GetByLabel("Tên cuộc thi").FillAsync("Cuộc thi tìm hiểu về chuyển đổi số");
        await staff.GetByLabel("Đơn vị tổ chức").FillAsync("Tỉnh đoàn");
        await staff.GetByLabel("Thể lệ").FillAsync("Mỗi đoàn viên thi một lượt.");
        await staff.GetByLabel("Số câu mỗi lượt thi").FillAsync("5");
        await staff.GetByLabel("Câu hỏi dự đoán", new() { Exact = false }).FillAsync("Dự đoán số người tham gia vòng thi?");
        await staff.GetByLabel("Bắt đầu (giờ Việt Nam)").FillAsync(VietnamTime(TimeSpan.FromHours(-1)));
        await staff.GetByLabel("Kết thúc (giờ Việt Nam)").FillAsync(VietnamTime(TimeSpan.FromDays(7)));
        // Five questions whose right answer is "Đúng".
        await staff.GetByLabel("Ngân hàng câu hỏi", new() { Exact = false }).FillAsync(string.Join("\n\n", Enumerable.Range(1, 5).Select(i => $"Câu hỏi thứ {i}?\n*Đúng\nSai")));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Tạo cuộc thi" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo cuộc thi");
        await Assertions.Expect(staff.Locator("#contests")).ToContainTextAsync("5 câu hỏi, mỗi lượt 5 câu, mỗi câu 30 giây");

        var citizen = await (await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address, Locale = "vi-VN", ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true })).NewPageAsync();
        await citizen.GotoAsync("/");
        var bot = citizen.Locator(".msg--bot");
        await Assertions.Expect(bot.First).ToBeVisibleAsync();
        await citizen.GetByLabel("Tin nhắn").FillAsync("thi");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi", Exact = true }).ClickAsync();
        await Assertions.Expect(bot.Last).ToContainTextAsync("Mỗi lượt thi có 5 câu hỏi");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu" }).ClickAsync();
        for (var i = 1; i <= 5; i++)
        {
            await Assertions.Expect(bot.Last).ToContainTextAsync($"Câu {i}/5 (30 giây): Câu hỏi thứ");
            await citizen.GetByRole(AriaRole.Button, new() { Name = "Đúng", Exact = true }).Last.ClickAsync();
        }

        await Assertions.Expect(bot.Nth(-2)).ToContainTextAsync("đúng 5/5 câu.");
        await Assertions.Expect(bot.Last).ToContainTextAsync("Câu hỏi phụ");
        await citizen.GetByLabel("Tin nhắn").FillAsync("42");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi", Exact = true }).ClickAsync();
        await Assertions.Expect(bot.Last).ToContainTextAsync("nhắn số điện thoại");
        await citizen.GetByLabel("Tin nhắn").FillAsync("0912 345 678");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi", Exact = true }).ClickAsync();
        await Assertions.Expect(bot.Last).ToContainTextAsync("Xếp hạng tạm thời: 1/1.");

        await staff.GetByRole(AriaRole.Button, new() { Name = "Bảng xếp hạng" }).ClickAsync();
        var row = staff.GetByRole(AriaRole.Table, new() { Name = "Bảng xếp hạng Vòng 1" }).GetByRole(AriaRole.Row).Nth(1);
        await Assertions.Expect(row.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("1");
        await Assertions.Expect(row.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("Trang web");
        await Assertions.Expect(row.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("5");

        var download = await staff.RunAndWaitForDownloadAsync(() => staff.GetByRole(AriaRole.Link, new() { Name = "Tải kết quả (XLSX)" }).ClickAsync());
        await using var file = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy);
        copy.Position = 0;
        var sheet = XlsxTable.Read(copy);
        Assert.Equal(("1", "webchat", "5", "42", "0912345678"), (sheet[1][0], sheet[1][1], sheet[1][3], sheet[1][5], sheet[1][7]));
        await staff.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "cdsbot-staff-contests-1366.png"), FullPage = true });
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "cdsbot-chat-contest-390.png") });
    }

    [Fact]
    public async Task A_deep_link_to_the_web_chat_opens_the_contest_once()
    {
        await ContestSeed.OpenRoundAsync(_bot.Host.Services, DateTimeOffset.UtcNow);
        var citizen = await (await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address, Locale = "vi-VN" })).NewPageAsync();

        await citizen.GotoAsync("/?ref=CONTEST");

        await Assertions.Expect(citizen.Locator(".msg--user").Last).ToHaveTextAsync("Tham gia cuộc thi");
        await Assertions.Expect(citizen.Locator(".msg--bot").Last).ToContainTextAsync("Cuộc thi tìm hiểu về chuyển đổi số – Vòng 1");
        await Assertions.Expect(citizen.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu" })).ToBeVisibleAsync();
        // The ref is dropped from the address, so a reload shows the conversation without pressing it again.
        Assert.DoesNotContain("ref=", citizen.Url, StringComparison.Ordinal);
        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator(".msg--bot").Last).ToContainTextAsync("Cuộc thi tìm hiểu về chuyển đổi số – Vòng 1");
        await Assertions.Expect(citizen.Locator(".msg--user")).ToHaveCountAsync(1);
    }
}
