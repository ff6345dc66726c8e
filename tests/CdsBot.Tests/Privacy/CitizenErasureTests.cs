using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Broadcasts;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;
using CdsBot.Content.Records;
using CdsBot.Contests;
using CdsBot.Dialogs.State;
using CdsBot.Handoffs;
using CdsBot.Inbox;
using CdsBot.Insights;
using CdsBot.Lessons;
using CdsBot.Privacy;
using CdsBot.Storage;
using CdsBot.Subscriptions;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Privacy;

/// <summary>
/// Erasing a citizen (Decree 13/2023/NĐ-CP): after it, no row of any table the model maps holds their id, conversation
/// or phone number, for each channel; another citizen's rows and the figures stay.
/// </summary>
public sealed class CitizenErasureTests : IDisposable
{
    private const string Phone = "0987654321";

    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000", ["Privacy:ErasureDelaySeconds"] = "0" });

    public void Dispose() => _bot.Dispose();

    private IServiceProvider Services => _bot.Host.Services;

    /// <summary>A row in every table that holds citizens' data, for one citizen, as the channel names them.</summary>
    private async Task SeedAsync(string channel, string user, string conversation, long round, long campaign)
    {
        var now = DateTimeOffset.UtcNow;
        await using var db = await Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        db.States.AddRange(
            new StateRecord { Key = StateKeys.User(channel, user), Json = "{}", UpdatedAt = now },
            new StateRecord { Key = StateKeys.Conversation(channel, conversation), Json = "{}", UpdatedAt = now });
        var handoff = new HandoffRecord { Channel = channel, ConversationId = conversation, UserId = user, Message = "Tôi cần hỗ trợ đăng ký khai sinh", RequestedAt = now, Phone = Phone, PhoneConsentAt = now };
        db.Handoffs.Add(handoff);
        db.Unanswered.Add(new UnansweredRecord { Channel = channel, ConversationId = conversation, UserId = user, Text = $"gọi tôi số {Phone}", Folded = "goi toi", Band = "low", AskedAt = now, Status = "open" });
        db.Feedback.Add(new FeedbackRecord { ItemId = "vneid-la-gi", Helpful = true, Channel = channel, ConversationId = conversation, UserId = user, At = now });
        var inbound = new InboxEventRecord { Channel = channel, ChannelMessageId = "m-" + user, ConversationId = conversation, Body = $"{{\"userId\":\"{user}\",\"text\":\"số tôi {Phone}\"}}", ReceivedAt = now, Status = InboxStatus.Done };
        db.InboxEvents.Add(inbound);
        await db.SaveChangesAsync();
        db.HandoffMessages.Add(new HandoffMessageRecord { HandoffId = handoff.Id, From = "citizen", Text = "Xin gọi lại giúp tôi", At = now });
        db.OutboundMessages.Add(new OutboundMessageRecord { InboxEventId = inbound.Id, Channel = channel, RecipientId = conversation, Body = "{\"text\":\"Dạ\"}", Status = InboxStatus.Sent, CreatedAt = now });
        if (channel == "zalo")
        {
            db.ZaloUsers.Add(new ZaloUserRecord { UserId = user, DisplayName = "Nguyễn Văn A", UpdatedAt = now });
        }
        else if (channel == "messenger")
        {
            db.MessengerUsers.Add(new MessengerUserRecord { Psid = user, UpdatedAt = now });
        }

        db.Subscriptions.Add(new SubscriptionRecord { Channel = channel, UserId = user, Topics = ["ky-nang-so"], Locality = "all", Active = true, ConsentedAt = now });
        db.Deliveries.Add(new DeliveryRecord { CampaignId = campaign, Channel = channel, UserId = user, Status = InboxStatus.Sent, ClickToken = Guid.NewGuid().ToString("N"), SentAt = now });
        db.TurnLog.Add(new TurnLogRecord { AtMs = now.ToUnixTimeMilliseconds(), Day = now.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Channel = channel, ConversationId = conversation, Question = "vneid là gì", Route = "faq" });
        db.LessonResults.Add(new LessonResultRecord { Channel = channel, UserId = user, LessonId = "tin-gia", Correct = true, At = now });
        db.ContestAttempts.Add(new ContestAttemptRecord { RoundId = round, Channel = channel, UserId = user, Drawn = [1], Position = 1, Correct = 1, StartedAt = now, FinishedAt = now, ContactPhone = Phone, ContactConsentAt = now, ContactConsentWording = "contest-contact/1" });
        db.ErasureRequests.Add(new ErasureRequestRecord { Channel = channel, UserId = user, ConversationId = conversation, RequestedAtMs = now.AddDays(1).ToUnixTimeMilliseconds() });
        await db.SaveChangesAsync();
    }

    private async Task<long> CampaignAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        var campaign = new CampaignRecord { Name = "10/10", Text = "Ngày Chuyển đổi số quốc gia", CreatedBy = "publisher", ScheduledAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(1) };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    [Theory]
    [InlineData("zalo")]
    [InlineData("messenger")]
    [InlineData("webchat")]
    public async Task A_publisher_erases_a_citizen_on_request_and_no_table_holds_them_any_more(string channel)
    {
        var (user, other) = ($"u-{channel}-{Guid.NewGuid():N}", $"u-{channel}-other-{Guid.NewGuid():N}");
        var conversation = channel == "webchat" ? $"c-{Guid.NewGuid():N}" : user;
        var round = await ContestSeed.OpenRoundAsync(Services, DateTimeOffset.UtcNow);
        var campaign = await CampaignAsync();
        await SeedAsync(channel, user, conversation, round, campaign);
        await SeedAsync(channel, other, channel == "webchat" ? $"c-{Guid.NewGuid():N}" : other, round, campaign);
        Assert.NotEmpty(await IdentityScan.FindAsync(Services, user));

        var publisher = await _bot.AsAsync("publisher");
        var seen = await publisher.GetFromJsonAsync<JsonElement>($"/admin/api/citizens/{channel}/{user}");
        Assert.Equal((1, 1, 1, 1, 1), (seen.GetProperty("handoffs").GetInt32(), seen.GetProperty("questions").GetInt32(), seen.GetProperty("lessons").GetInt32(), seen.GetProperty("contestEntries").GetInt32(), seen.GetProperty("campaignMessages").GetInt32()));
        Assert.Equal(["098••••321"], seen.GetProperty("maskedPhones").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _bot.AsAsync("editor")).PostAsync($"/admin/api/citizens/{channel}/{user}/erase", null)).StatusCode);

        using var erased = await publisher.PostAsync($"/admin/api/citizens/{channel}/{user}/erase", null);

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Empty(await IdentityScan.FindAsync(Services, user));
        Assert.Empty(await IdentityScan.FindAsync(Services, conversation));
        // The other citizen's phone stays; so does everything of theirs.
        Assert.Contains(await IdentityScan.FindAsync(Services, other), hit => hit.StartsWith("subscriptions.", StringComparison.Ordinal));
        Assert.Contains(await IdentityScan.FindAsync(Services, Phone), hit => hit.StartsWith("handoff_requests.Phone", StringComparison.Ordinal));
        await using var db = await Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        // The figures stay: both entries, both lesson results, both deliveries, both ratings (one under a pseudonym).
        Assert.Equal((2, 2, 2, 2, 2), (await db.ContestAttempts.CountAsync(), await db.LessonResults.CountAsync(), await db.Deliveries.CountAsync(), await db.Feedback.CountAsync(), await db.TurnLog.CountAsync()));
        Assert.Equal(1, await db.ContestAttempts.CountAsync(a => a.ContactPhone != null));
        // The audit log names a pseudonym, not the citizen.
        var audited = await db.AuditEntries.Where(a => a.Action.StartsWith("citizen.")).Select(a => a.Target).ToListAsync();
        Assert.Equal(2, audited.Count);
        Assert.All(audited, target => Assert.StartsWith($"{channel}:", target, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_citizen_sees_their_data_and_erases_it_in_the_web_chat_and_nothing_of_them_is_left()
    {
        var (conversation, user) = ($"c-{Guid.NewGuid():N}", $"u-{Guid.NewGuid():N}");
        var citizen = new ChatClient(_bot.Anonymous(), conversation, user);
        await citizen.SayAsync("vneid là gì");
        await citizen.SayAsync("thủ tục nuôi ong mật lấy giấy phép ở đâu");
        Assert.Contains(await IdentityScan.FindAsync(Services, user), hit => hit.StartsWith("unanswered_questions.", StringComparison.Ordinal));

        var mine = ChatClient.Text(await citizen.SayAsync("du lieu cua toi"));
        Assert.StartsWith("Trợ lý đang lưu về Anh/Chị (trên kênh này):", mine, StringComparison.Ordinal);
        Assert.Contains("1 câu hỏi chưa trả lời được", mine, StringComparison.Ordinal);

        var asked = await citizen.SayAsync("xóa dữ liệu của tôi");
        Assert.Contains("Việc xóa không hoàn tác được.", ChatClient.Text(asked), StringComparison.Ordinal);
        var done = await citizen.SayAsync("có");
        Assert.Equal("privacy_erase", done.GetProperty("trace").GetProperty("intent").GetString());

        await Eventually.HoldsAsync(async () =>
        {
            await using var db = await Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
            return !await db.ErasureRequests.AnyAsync();
        }, "the erasure carried out");
        Assert.Empty(await IdentityScan.FindAsync(Services, user));
        Assert.Empty(await IdentityScan.FindAsync(Services, conversation));
    }

    [Fact]
    public async Task The_privacy_notice_is_in_the_menu_and_on_its_own_page_with_the_retention_figures()
    {
        var citizen = new ChatClient(_bot.Anonymous(), "c-notice", "u-notice");
        var menu = await citizen.SayAsync("menu");
        var buttons = menu.GetProperty("replies").EnumerateArray().Last().GetProperty("quickReplies").EnumerateArray().Select(q => q.GetProperty("title").GetString()).ToList();
        Assert.Contains("Quyền riêng tư", buttons);

        var notice = ChatClient.Text(await citizen.PressAsync("PRIVACY"));
        Assert.Contains("tin nhắn gốc tối đa 30 ngày", notice, StringComparison.Ordinal);
        Assert.Contains("Nghị định 13/2023/NĐ-CP", notice, StringComparison.Ordinal);

        var page = await _bot.Anonymous().GetStringAsync("/privacy");
        Assert.Contains("tin nhắn gốc tối đa 30 ngày", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", page, StringComparison.Ordinal);
    }
}
