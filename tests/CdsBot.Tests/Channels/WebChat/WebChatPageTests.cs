using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Admin.Campaigns;
using CdsBot.Broadcasts;
using CdsBot.Dialogs.Privacy;
using CdsBot.Storage;
using CdsBot.Subscriptions;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CdsBot.Tests.Channels.WebChat;

/// <summary>The citizen's web chat page (and its widget) in real Chromium, at a phone's viewport.</summary>
#pragma warning disable CA1001 // xunit disposes both through IAsyncLifetime.DisposeAsync.
public sealed class WebChatPageTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };

    private StaffBot _bot = null!;
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _bot = new StaffBot(new Dictionary<string, string?> { ["Broadcasts:PollIntervalMilliseconds"] = "200", ["WebChat:StreamPollMilliseconds"] = "500" });
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _bot.Dispose();
    }

    private Uri BotAddress => _bot.Anonymous().BaseAddress!;

    private async Task<IPage> OpenAsync(ViewportSize? viewport = null, string path = "/")
    {
        var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = BotAddress.ToString(), Locale = "vi-VN", ViewportSize = viewport ?? Phone, IsMobile = viewport is null, HasTouch = viewport is null });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    private static ILocator Bot(IPage page) => page.Locator(".msg--bot");

    private static async Task SayAsync(IPage page, string text)
    {
        await page.GetByLabel("Tin nhắn").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi", Exact = true }).ClickAsync();
    }

    private static async Task<string> ConversationIdAsync(IPage page) =>
        await page.EvaluateAsync<string>("async () => (await (await fetch('api/chat/conversation')).json()).conversationId");

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"cdsbot-{name}.png") });

    [Fact]
    public async Task A_staff_reply_to_a_web_handoff_appears_on_the_open_page_and_after_reload()
    {
        var page = await OpenAsync();
        await Assertions.Expect(Bot(page).First).ToBeVisibleAsync();
        await SayAsync(page, "gặp cán bộ");
        await Assertions.Expect(Bot(page).Last).ToContainTextAsync("nội dung cần cán bộ hỗ trợ");
        await SayAsync(page, "Tôi cần hỗ trợ kích hoạt tài khoản VNeID mức 2");
        await Assertions.Expect(Bot(page).Last).ToContainTextAsync("xác nhận gửi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Có", Exact = true }).ClickAsync();
        await Assertions.Expect(Bot(page).Last).ToContainTextAsync("số điện thoại (không bắt buộc)");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Bỏ qua" })).ToBeVisibleAsync();
        await SayAsync(page, "0912 345 678");
        await Assertions.Expect(Bot(page).Last).ToContainTextAsync("đã được chuyển tới cán bộ");

        var staff = await _bot.AsAsync("admin");
        var handoffs = await staff.GetFromJsonAsync<JsonElement>("/admin/api/handoffs?open=true");
        var handoff = handoffs.EnumerateArray().Single(h => h.GetProperty("channel").GetString() == "webchat");
        // Nobody has taken the request yet, so the number is masked for every staff member (Decree 13/2023/NĐ-CP).
        Assert.Equal(PiiMask.Phone, handoff.GetProperty("phone").GetString());
        Assert.Equal(JsonValueKind.String, handoff.GetProperty("phoneConsentAt").ValueKind);
        const string Reply = "Chào Anh/Chị, cán bộ xã sẽ hướng dẫn kích hoạt VNeID mức 2 tại bộ phận một cửa.";

        // The staff member works in the workspace: the request shows the number given to call back on, and the reply goes from there.
        var desk = await (await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = BotAddress.ToString(), Locale = "vi-VN", ViewportSize = Desktop })).NewPageAsync();
        await desk.GotoAsync("/admin/");
        await desk.GetByLabel("Tên đăng nhập").FillAsync("admin");
        await desk.GetByLabel("Mật khẩu").FillAsync(StaffBot.Password);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Gặp cán bộ" }).ClickAsync();
        var request = desk.Locator("#handoffs article").Filter(new() { HasText = "kích hoạt tài khoản VNeID mức 2" });
        await Assertions.Expect(request).ToContainTextAsync("Trang web");
        await Assertions.Expect(request).ToContainTextAsync($"Số điện thoại để gọi lại: {PiiMask.Phone}");
        await request.GetByRole(AriaRole.Button, new() { Name = "Nhận xử lý" }).ClickAsync();
        await Assertions.Expect(request).ToContainTextAsync("Anh/Chị đang xử lý yêu cầu này.");
        await Assertions.Expect(request).ToContainTextAsync("Số điện thoại để gọi lại: 0912345678");
        await request.GetByRole(AriaRole.Textbox).FillAsync(Reply);
        await request.GetByRole(AriaRole.Button, new() { Name = "Gửi trả lời" }).ClickAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi trả lời");
        await ScreenshotAsync(desk, "admin-handoffs-1366");

        await Assertions.Expect(Bot(page).Last).ToContainTextAsync(Reply);
        await page.ReloadAsync();
        await Assertions.Expect(Bot(page).Filter(new() { HasText = Reply })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".msg--user").Filter(new() { HasText = "kích hoạt tài khoản VNeID mức 2" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_campaign_reaches_a_web_subscribers_open_page()
    {
        var page = await OpenAsync();
        await Assertions.Expect(Bot(page).First).ToBeVisibleAsync();
        var citizen = await ConversationIdAsync(page);
        await using (var db = await _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync())
        {
            db.Subscriptions.Add(new SubscriptionRecord { Channel = "webchat", UserId = citizen, Topics = [], Locality = "national", Active = true, ConsentedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var workflow = _bot.Host.Services.GetRequiredService<CampaignWorkflow>();
        var created = await workflow.CreateAsync(
            new CampaignInput
            {
                Name = "Ngày Chuyển đổi số",
                Text = "Ngày 10/10 là Ngày Chuyển đổi số quốc gia. Mời Anh/Chị tham gia các hoạt động tại xã.",
                ScheduledAt = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            },
            "editor",
            CancellationToken.None);
        Assert.NotNull(created.Value);
        await workflow.ApproveAsync(created.Value.Id, "publisher", CancellationToken.None);

        await Assertions.Expect(Bot(page).Last).ToContainTextAsync("Ngày 10/10 là Ngày Chuyển đổi số quốc gia");
        // The page may show the message before the worker has recorded the send: wait for the ledger row to say so.
        var contexts = _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>();
        async Task<DeliveryRecord> DeliveryAsync()
        {
            await using var check = await contexts.CreateDbContextAsync();
            return await check.Deliveries.AsNoTracking().SingleAsync(d => d.CampaignId == created.Value.Id);
        }

        await Eventually.HoldsAsync(async () => (await DeliveryAsync()).Status is not (DeliveryStatus.Queued or DeliveryStatus.Claimed or DeliveryStatus.Sending), "the campaign's delivery settled");
        var delivery = await DeliveryAsync();
        Assert.Equal(("sent", "web-open-page"), (delivery.Status, delivery.Lane));
    }

    [Fact]
    public async Task Reload_restores_the_conversation_and_long_button_lists_are_collapsed_on_a_phone()
    {
        var page = await OpenAsync();
        await Assertions.Expect(Bot(page).First).ToBeVisibleAsync();
        var suggestions = page.Locator("#suggestions button");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Xem thêm") })).ToBeVisibleAsync();
        await Assertions.Expect(suggestions).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#suggestions").GetByRole(AriaRole.Button, new() { Name = "Gặp cán bộ" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "webchat-390-menu");

        await SayAsync(page, "VNeID là gì");
        var answer = Bot(page).Filter(new() { HasText = "VNeID" }).Last;
        await Assertions.Expect(answer).ToBeVisibleAsync();
        await Assertions.Expect(answer.Locator(".msg__source")).ToBeInViewportAsync(new() { Ratio = 1 });
        await ScreenshotAsync(page, "webchat-390");
        var before = await Bot(page).CountAsync();

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".msg--user").Filter(new() { HasText = "VNeID là gì" })).ToHaveCountAsync(1);
        await Assertions.Expect(Bot(page)).ToHaveCountAsync(before);

        var desktop = await OpenAsync(Desktop);
        await Assertions.Expect(Bot(desktop).First).ToBeVisibleAsync();
        await SayAsync(desktop, "VNeID là gì");
        await Assertions.Expect(Bot(desktop).Filter(new() { HasText = "Nguồn" }).Last).ToBeVisibleAsync();
        await ScreenshotAsync(desktop, "webchat-1366");
    }

    [Fact]
    public async Task The_widget_works_on_a_plain_page_served_from_another_port()
    {
        await using var portal = new PortalStandIn(BotAddress);
        foreach (var (viewport, name) in new[] { (Phone, "390"), (Desktop, "1366") })
        {
            var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", ViewportSize = viewport });
            var page = await context.NewPageAsync();
            await page.GotoAsync(portal.Address.ToString());
            await ScreenshotAsync(page, $"widget-{name}-closed");
            await page.GetByRole(AriaRole.Button, new() { Name = "Hỏi trợ lý CĐS" }).ClickAsync();
            var frame = page.FrameLocator("iframe[title='Hỏi trợ lý CĐS']");
            await Assertions.Expect(frame.Locator(".msg--bot").First).ToBeVisibleAsync();
            await frame.GetByLabel("Tin nhắn").FillAsync("VNeID là gì");
            await frame.GetByRole(AriaRole.Button, new() { Name = "Gửi", Exact = true }).ClickAsync();
            await Assertions.Expect(frame.Locator(".msg--bot .msg__source").Last).ToBeInViewportAsync(new() { Ratio = 1 });
            await ScreenshotAsync(page, $"widget-{name}");

            await page.ReloadAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Hỏi trợ lý CĐS" }).ClickAsync();
            await Assertions.Expect(frame.Locator(".msg--user").Filter(new() { HasText = "VNeID là gì" })).ToHaveCountAsync(1);
            await context.CloseAsync();
        }
    }
}
