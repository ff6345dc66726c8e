using CdsBot.Tests.Fixtures;
using Microsoft.Playwright;

namespace CdsBot.Tests.Admin.Ui;

/// <summary>
/// The "Địa phương" page in real Chromium: a publisher edits a place and a citizen subscribing through /api/chat finds it
/// by typing the start of its new name without diacritics. The page is photographed at a phone's and a desktop's size
/// (cdsbot-staff-places-*.png in the temp folder).
/// </summary>
#pragma warning disable CA1001 // xunit disposes both through IAsyncLifetime.DisposeAsync.
public sealed class PlacesUiTests : IAsyncLifetime
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
        var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = _bot.Host.CreateClient().BaseAddress!.ToString(), Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/");
        await page.GetByLabel("Tên đăng nhập").FillAsync(user);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffBot.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(user);
        await Assertions.Expect(page.Locator("nav button[data-tab=items][aria-current]")).ToHaveCountAsync(1);
        return page;
    }

    /// <summary>What the bot answers a citizen who, subscribing to news, types <paramref name="typed"/> for their place.</summary>
    private async Task<string> SubscribeTypingAsync(string typed)
    {
        var chat = new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u-" + Guid.NewGuid().ToString("N"));
        await chat.SayAsync("đăng ký nhận tin");
        await chat.PressAsync("ALL");
        return ChatClient.Text(await chat.SayAsync(typed));
    }

    [Fact]
    public async Task A_publisher_renames_a_place_on_its_page_and_a_citizen_finds_it_by_a_prefix_typed_without_diacritics()
    {
        Assert.Contains("Chưa có “hoa ninh”", await SubscribeTypingAsync("hoa ninh"), StringComparison.Ordinal);

        var publisher = await SignInAsync("publisher");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Địa phương" }).ClickAsync();
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Sửa Tân Ninh" }).ClickAsync();
        await Assertions.Expect(publisher.GetByLabel("Mã (chữ thường không dấu, tự điền theo tên)")).ToHaveValueAsync("tan-ninh");
        await publisher.GetByLabel("Tên", new() { Exact = true }).FillAsync("Hòa Ninh Đông");
        await publisher.GetByLabel("Tên gọi khác (mỗi dòng một tên, ví dụ “xã Tân Ninh”)").FillAsync("xã Hòa Ninh Đông\nTân Ninh");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Lưu địa phương" }).ClickAsync();

        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu “Hòa Ninh Đông”.");
        var row = publisher.GetByRole(AriaRole.Row).Filter(new() { HasText = "tan-ninh" });
        await Assertions.Expect(row).ToContainTextAsync("Hòa Ninh Đông");
        await Assertions.Expect(row).ToContainTextAsync("mục hỏi đáp");
        foreach (var (width, height) in new[] { (390, 844), (1366, 900) })
        {
            await publisher.SetViewportSizeAsync(width, height);
            await publisher.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"cdsbot-staff-places-{width}.png"), FullPage = true });
        }

        Assert.Contains("Anh/Chị đã đăng ký nhận tin về tất cả chủ đề (Hòa Ninh Đông)", await SubscribeTypingAsync("hoa ninh"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_place_in_use_shows_why_it_is_refused_and_an_editor_sees_the_list_without_changing_it()
    {
        var publisher = await SignInAsync("publisher");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Địa phương" }).ClickAsync();
        publisher.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Xóa Tân Ninh" }).ClickAsync();

        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("Không xóa được “Tân Ninh” vì đang được dùng");
        await Assertions.Expect(publisher.GetByRole(AriaRole.Row).Filter(new() { HasText = "tan-ninh" })).ToBeVisibleAsync();

        var editor = await SignInAsync("editor");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Địa phương" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Row).Filter(new() { HasText = "tan-ninh" })).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByText("Chỉ người duyệt (publisher) sửa được danh sách này")).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Sửa Tân Ninh" })).ToHaveCountAsync(0);
    }
}
