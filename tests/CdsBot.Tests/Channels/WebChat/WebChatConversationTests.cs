using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Admin.Campaigns;
using CdsBot.Broadcasts;
using CdsBot.Storage;
using CdsBot.Subscriptions;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Channels.WebChat;

/// <summary>The web page's conversation: its cookie, the inbox and outbox behind a turn, its history and its campaigns.</summary>
public sealed class WebChatConversationTests
{
    private static HttpClient Page(BotHost host) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = host.CreateClient().BaseAddress };

    private static async Task<string> ConversationIdAsync(HttpClient page) =>
        (await page.GetFromJsonAsync<JsonElement>("/api/chat/conversation")).GetProperty("conversationId").GetString()!;

    private static async Task<JsonElement> SayAsync(HttpClient page, string id, string text)
    {
        using var response = await page.PostAsJsonAsync("/api/chat", new { conversationId = id, userId = id, text });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<CdsBotDbContext> DbAsync(BotHost host) =>
        await host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task A_web_turn_is_stored_in_the_inbox_and_its_replies_are_sent_through_the_outbox()
    {
        using var host = new BotHost();
        var page = Page(host);
        var id = await ConversationIdAsync(page);

        var answer = await SayAsync(page, id, "VNeID là gì");

        await using var db = await DbAsync(host);
        var stored = await db.InboxEvents.SingleAsync(e => e.Channel == "webchat" && e.ConversationId == id);
        Assert.Equal("done", stored.Status);
        var sent = await db.OutboundMessages.Where(m => m.Channel == "webchat" && m.RecipientId == id).OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(answer.GetProperty("replies").GetArrayLength(), sent.Count);
        Assert.All(sent, m => Assert.Equal("sent", m.Status));
    }

    [Fact]
    public async Task The_history_is_restored_from_the_cookie_within_the_retention_limit()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new BotHost(settings: new Dictionary<string, string?> { ["WebChat:HistoryDays"] = "2" }, services: s => s.AddSingleton<TimeProvider>(clock));
        var page = Page(host);
        var id = await ConversationIdAsync(page);
        await SayAsync(page, id, "VNeID là gì");

        var history = (await page.GetFromJsonAsync<JsonElement>("/api/chat/conversation")).GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(id, await ConversationIdAsync(page));
        Assert.Equal(("citizen", "VNeID là gì"), (history[0].GetProperty("from").GetString(), history[0].GetProperty("text").GetString()));
        Assert.Contains(history, m => m.GetProperty("from").GetString() == "bot" && m.GetProperty("reply").GetProperty("text").GetString()!.Contains("VNeID", StringComparison.Ordinal));
        var stranger = Page(host);
        Assert.NotEqual(id, await ConversationIdAsync(stranger));
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>("/api/chat/conversation")).GetProperty("messages").EnumerateArray());

        clock.Advance(TimeSpan.FromDays(3));
        Assert.Empty((await page.GetFromJsonAsync<JsonElement>("/api/chat/conversation")).GetProperty("messages").EnumerateArray());
    }

    [Fact]
    public async Task A_campaign_for_a_web_subscriber_with_no_page_open_waits_in_the_history_for_the_next_visit()
    {
        using var bot = new StaffBot(new Dictionary<string, string?> { ["Broadcasts:Enabled"] = "false" });
        var page = Page(bot.Host);
        var id = await ConversationIdAsync(page);
        await using (var db = await DbAsync(bot.Host))
        {
            db.Subscriptions.Add(new SubscriptionRecord { Channel = "webchat", UserId = id, Topics = [], Locality = "national", Active = true, ConsentedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var workflow = bot.Host.Services.GetRequiredService<CampaignWorkflow>();
        var created = await workflow.CreateAsync(
            new CampaignInput
            {
                Name = "Bình dân học vụ số",
                Text = "Mời Anh/Chị tham gia lớp Bình dân học vụ số tại nhà văn hóa xã.",
                Channels = ["webchat"],
                ScheduledAt = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            },
            "editor",
            CancellationToken.None);
        Assert.True(created.Value is not null, string.Join("; ", created.Errors?.SelectMany(e => e.Value) ?? []));
        await workflow.ApproveAsync(created.Value.Id, "publisher", CancellationToken.None);
        await bot.Host.Services.GetRequiredService<BroadcastWorker>().RunOnceAsync(CancellationToken.None);

        await using var check = await DbAsync(bot.Host);
        var delivery = await check.Deliveries.SingleAsync(d => d.CampaignId == created.Value.Id);
        Assert.Equal(("sent", "web-next-visit"), (delivery.Status, delivery.Lane));
        var history = (await page.GetFromJsonAsync<JsonElement>("/api/chat/conversation")).GetProperty("messages").EnumerateArray().ToList();
        Assert.Contains(history, m => m.GetProperty("reply").ValueKind == JsonValueKind.Object && m.GetProperty("reply").GetProperty("text").GetString()!.Contains("Bình dân học vụ số", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_web_hand_off_may_skip_the_phone_number_and_a_wrong_number_is_asked_again()
    {
        using var host = new BotHost();
        var page = Page(host);
        var id = await ConversationIdAsync(page);
        await SayAsync(page, id, "gặp cán bộ");
        await SayAsync(page, id, "Tôi cần hỏi về thủ tục đăng ký khai sinh");
        var asked = await SayAsync(page, id, "có");
        Assert.Contains("số điện thoại (không bắt buộc)", ChatClient.Text(asked), StringComparison.Ordinal);

        var wrong = await SayAsync(page, id, "12345");
        Assert.Contains("Số điện thoại chưa đúng", ChatClient.Text(wrong), StringComparison.Ordinal);
        using var skipped = await page.PostAsJsonAsync("/api/chat", new { conversationId = id, userId = id, payload = "PHONE_SKIP", label = "Bỏ qua" });
        Assert.Contains("đã được chuyển tới cán bộ", ChatClient.Text(await skipped.Content.ReadFromJsonAsync<JsonElement>()), StringComparison.Ordinal);

        await using var db = await DbAsync(host);
        var request = await db.Handoffs.SingleAsync(h => h.Channel == "webchat" && h.ConversationId == id);
        Assert.Equal((null, null), (request.Phone, request.PhoneConsentAt));
        var history = (await page.GetFromJsonAsync<JsonElement>("/api/chat/conversation")).GetProperty("messages").EnumerateArray();
        Assert.Contains(history, m => m.GetProperty("from").GetString() == "citizen" && m.GetProperty("text").GetString() == "Bỏ qua");
    }
}
