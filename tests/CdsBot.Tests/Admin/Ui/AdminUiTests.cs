using System.Text.Json;
using CdsBot.Tests.Fixtures;
using Microsoft.Playwright;

namespace CdsBot.Tests.Admin.Ui;

/// <summary>Staff workflows driven in real Chromium through the /admin page.</summary>
#pragma warning disable CA1001 // xunit disposes both through IAsyncLifetime.DisposeAsync.
public sealed class AdminUiTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private StaffBot _bot = null!;
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _bot = new StaffBot(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _bot.Dispose();
    }

    private async Task<IPage> SignInAsync(string user)
    {
        var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = _bot.Anonymous().BaseAddress!.ToString(), Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/");
        await page.GetByLabel("Tên đăng nhập").FillAsync(user);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffBot.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(user);
        return page;
    }

    private async Task<string?> AnsweredItemAsync(string question) =>
        (await new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u-" + Guid.NewGuid().ToString("N")).SayAsync(question))
            .GetProperty("trace").GetProperty("contentId").GetString();

    [Fact]
    public async Task An_editor_creates_an_item_a_publisher_approves_it_and_the_bot_answers_it()
    {
        var editor = await SignInAsync("editor");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Mục mới" }).ClickAsync();
        await editor.GetByLabel("Mã mục").FillAsync("doi-mat-khau-wifi");
        await editor.GetByLabel("Chủ đề").SelectOptionAsync(new SelectOptionValue { Label = "Kỹ năng số" });
        await editor.GetByLabel("Câu hỏi", new() { Exact = true }).FillAsync("Đổi mật khẩu Wi-Fi ở nhà thế nào?");
        await editor.GetByLabel("Câu trả lời").FillAsync("Anh/Chị vào trang quản trị của modem (thường in dưới đáy modem), chọn mục Wi-Fi và đặt mật khẩu mới.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Tạo mục" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo bản nháp: doi-mat-khau-wifi");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi duyệt");
        await Assertions.Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng" })).ToBeHiddenAsync();
        Assert.NotEqual("doi-mat-khau-wifi", await AnsweredItemAsync("đổi mật khẩu wifi ở nhà thế nào"));

        var publisher = await SignInAsync("publisher");
        await publisher.GetByLabel("Tìm mục").FillAsync("mat khau wifi");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        var row = publisher.GetByRole(AriaRole.Row).Filter(new() { HasText = "doi-mat-khau-wifi" });
        await Assertions.Expect(row).ToContainTextAsync("Chờ duyệt");
        await row.GetByRole(AriaRole.Button, new() { Name = "Mở" }).ClickAsync();
        // The form is brought into view with its first editable field (the id is read-only once created) ready.
        await Assertions.Expect(publisher.GetByLabel("Chủ đề")).ToBeFocusedAsync();
        await Assertions.Expect(publisher.Locator("#editor")).ToBeInViewportAsync();
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng" }).ClickAsync();
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã duyệt và đăng: doi-mat-khau-wifi");
        await publisher.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "cdsbot-admin-items.png"), FullPage = true });
        // On a phone each item is a card that fits the screen's width.
        await publisher.SetViewportSizeAsync(390, 844);
        var card = publisher.Locator("#items tr").Filter(new() { HasText = "doi-mat-khau-wifi" });
        await Assertions.Expect(card.GetByRole(AriaRole.Cell, new() { Name = "Trạng thái: Đang dùng" })).ToBeVisibleAsync(); // the label is CSS-generated
        var box = (await card.BoundingBoxAsync())!;
        Assert.True(box.X + box.Width <= 390, $"the card ends at {box.X + box.Width}px");
        await publisher.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "cdsbot-admin-items-390.png"), FullPage = true });

        Assert.Equal("doi-mat-khau-wifi", await AnsweredItemAsync("đổi mật khẩu wifi ở nhà thế nào"));
    }

    [Fact]
    public async Task An_xlsx_import_with_one_bad_row_is_refused_with_that_row_named()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cdsbot-import-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, CdsBot.Admin.Import.XlsxTable.Write(ImportExportTests.Sheet(
            ImportExportTests.Row("nhap-tot", "ky-nang-so", "Câu hỏi tốt?", "Trả lời tốt."),
            ImportExportTests.Row("nhap-xau", "chu-de-khong-co", "Câu hỏi xấu?", "Trả lời."))));
        try
        {
            var editor = await SignInAsync("editor");
            await editor.GetByLabel("Tệp nhập (CSV hoặc XLSX)").SetInputFilesAsync(file);
            await editor.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true }).ClickAsync();

            await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Tệp có 1 lỗi, chưa nhập gì.");
            await Assertions.Expect(editor.GetByRole(AriaRole.List, new() { Name = "Lỗi trong tệp nhập" })).ToContainTextAsync("Dòng 3, cột topic");
            await editor.GetByLabel("Tìm mục").FillAsync("nhap-tot");
            await editor.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
            await Assertions.Expect(editor.GetByRole(AriaRole.Row).Filter(new() { HasText = "nhap-tot" })).ToHaveCountAsync(0);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_wrong_password_is_refused_on_the_page()
    {
        var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = _bot.Anonymous().BaseAddress!.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/");
        await page.GetByLabel("Tên đăng nhập").FillAsync("editor");
        await page.GetByLabel("Mật khẩu").FillAsync("không-đúng-mật-khẩu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sai tên đăng nhập hoặc mật khẩu");
        await Assertions.Expect(page.Locator("#app-view")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task An_editor_prepares_the_10_10_campaign_from_the_template_and_a_publisher_approves_it()
    {
        var editor = await SignInAsync("editor");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gửi tin" }).ClickAsync();
        await Assertions.Expect(editor.Locator("#campaigns")).ToHaveTextAsync("Chưa có chiến dịch nào.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Dùng mẫu Ngày Chuyển đổi số 10/10" }).ClickAsync();
        await Assertions.Expect(editor.GetByLabel("Nội dung tin (tối đa 1000 ký tự)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("505/QĐ-TTg"));
        await Assertions.Expect(editor.GetByLabel("Gửi lúc (giờ Việt Nam)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"-10-10T08:00$"));
        // Before saving, the message as each channel would send it, with the stop hint.
        await editor.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        foreach (var channel in new[] { "Zalo", "Messenger", "Trang web" })
        {
            await Assertions.Expect(editor.GetByRole(AriaRole.Region, new() { Name = $"Xem trước trên {channel}", Exact = true })).ToContainTextAsync("dừng nhận tin");
        }

        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu chiến dịch" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu chiến dịch");
        await Assertions.Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Duyệt chiến dịch" })).ToBeHiddenAsync();

        var publisher = await SignInAsync("publisher");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Gửi tin" }).ClickAsync();
        var row = publisher.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ngày Chuyển đổi số quốc gia 10/10" });
        await Assertions.Expect(row).ToContainTextAsync("Bản nháp");
        await Assertions.Expect(publisher.GetByRole(AriaRole.Button, new() { Name = "Duyệt chiến dịch" })).ToBeHiddenAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Mở" }).ClickAsync();
        // The form shows the campaign once the page has fetched it; approving before that would approve nothing.
        await Assertions.Expect(publisher.Locator("#campaign-title")).ToContainTextAsync("Ngày Chuyển đổi số quốc gia 10/10");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Duyệt chiến dịch" }).ClickAsync();
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã duyệt chiến dịch");
        await Assertions.Expect(row).ToContainTextAsync("Đã duyệt, chờ gửi");
        // An approved campaign can only be cancelled: approving again, pausing or resuming is not offered.
        await Assertions.Expect(publisher.GetByRole(AriaRole.Button, new() { Name = "Hủy chiến dịch" })).ToBeVisibleAsync();
        foreach (var step in new[] { "Duyệt chiến dịch", "Tạm dừng", "Tiếp tục" })
        {
            await Assertions.Expect(publisher.GetByRole(AriaRole.Button, new() { Name = step })).ToBeHiddenAsync();
        }

        await publisher.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "cdsbot-admin-campaigns.png"), FullPage = true });
        // On a phone the fields take the whole width rather than a third of it each.
        await publisher.SetViewportSizeAsync(390, 844);
        Assert.True((await publisher.GetByLabel("Chỉ người nhắn tin trong vòng (ngày)").BoundingBoxAsync())!.Width > 300);
        Assert.True((await publisher.GetByLabel("Liên kết", new() { Exact = true }).BoundingBoxAsync())!.Width > 300);
        Assert.True(await publisher.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "the page is wider than the phone");
        await publisher.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "cdsbot-admin-campaigns-390.png"), FullPage = true });
    }
}
