using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Broadcasts;
using CdsBot.Storage;
using CdsBot.Subscriptions;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin;

/// <summary>/admin/api/campaigns: editors write, another person who is a publisher approves, publishers control a running campaign.</summary>
public sealed class CampaignsApiTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?>
    {
        ["Admin:LoginAttemptsPerMinute"] = "1000",
        ["Broadcasts:Enabled"] = "false",
    });

    public void Dispose() => _bot.Dispose();

    private static object Campaign(string scheduledAt = "2030-10-10T08:00") => new
    {
        name = "Ngày Chuyển đổi số 2030",
        text = "Mời Anh/Chị tham gia Ngày Chuyển đổi số quốc gia.",
        linkUrl = "https://dichvucong.gov.vn",
        topics = new[] { "ngay-cds" },
        localities = new[] { "tra-vinh" },
        channels = new[] { "zalo" },
        scheduledAt,
    };

    [Fact]
    public async Task An_editors_campaign_runs_only_after_a_different_publisher_approves_it()
    {
        var editor = await _bot.AsAsync("editor");
        var publisher = await _bot.AsAsync("publisher");
        using var created = await editor.PostAsJsonAsync("/admin/api/campaigns", Campaign());
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var campaign = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = campaign.GetProperty("id").GetInt64();
        Assert.Equal("draft", campaign.GetProperty("status").GetString());
        Assert.Equal("2030-10-10T08:00:00+07:00", campaign.GetProperty("scheduledAt").GetString());
        Assert.Equal("2030-10-17T08:00:00+07:00", campaign.GetProperty("expiresAt").GetString());

        using var editorApproves = await editor.PostAsync($"/admin/api/campaigns/{id}/approve", null);
        Assert.Equal(HttpStatusCode.Forbidden, editorApproves.StatusCode);
        using var approved = await publisher.PostAsync($"/admin/api/campaigns/{id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        using var edited = await editor.PutAsJsonAsync($"/admin/api/campaigns/{id}", Campaign("2030-10-10T09:00"));
        Assert.Equal("draft", (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_publisher_cannot_approve_their_own_campaign()
    {
        var publisher = await _bot.AsAsync("publisher");
        using var created = await publisher.PostAsJsonAsync("/admin/api/campaigns", Campaign());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        using var approved = await publisher.PostAsync($"/admin/api/campaigns/{id}/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, approved.StatusCode);
    }

    [Fact]
    public async Task Bad_campaigns_are_refused_field_by_field()
    {
        var editor = await _bot.AsAsync("editor");

        using var response = await editor.PostAsJsonAsync("/admin/api/campaigns", new
        {
            name = "",
            text = new string('a', 1001),
            linkUrl = "javascript:alert(1)",
            topics = new[] { "khong-co" },
            channels = new[] { "sms" },
            scheduledAt = "mai",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "name", "text", "linkUrl", "topics", "channels", "scheduledAt" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task The_10_10_template_the_audience_count_and_cancel()
    {
        var editor = await _bot.AsAsync("editor");
        var publisher = await _bot.AsAsync("publisher2");
        var template = await editor.GetFromJsonAsync<JsonElement>("/admin/api/campaigns/templates/ngay-cds");
        Assert.Contains("505/QĐ-TTg", template.GetProperty("text").GetString(), StringComparison.Ordinal);
        await using (var db = await _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync())
        {
            db.Subscriptions.AddRange(
                new SubscriptionRecord { Channel = "zalo", UserId = "z-1", Locality = "tra-vinh", Active = true },
                new SubscriptionRecord { Channel = "messenger", UserId = "m-1", Locality = "lao-cai", Topics = ["ngay-cds"], Active = true },
                new SubscriptionRecord { Channel = "messenger", UserId = "m-2", Locality = "ben-tre", Topics = ["ky-nang-so"], Active = true });
            await db.SaveChangesAsync();
        }

        // The day concerns everyone: the template proposes every subscriber, whatever topics they chose; counted before saving.
        Assert.Empty(template.GetProperty("topics").EnumerateArray());
        using var counted = await editor.PostAsJsonAsync("/admin/api/campaigns/audience", template);
        Assert.Equal(new Dictionary<string, int> { ["zalo"] = 1, ["messenger"] = 2 }, await counted.Content.ReadFromJsonAsync<Dictionary<string, int>>());
        using var unfinished = await editor.PostAsJsonAsync("/admin/api/campaigns/audience", new { topics = new[] { "ky-nang-so" } });
        Assert.Equal(new Dictionary<string, int> { ["zalo"] = 1, ["messenger"] = 1 }, await unfinished.Content.ReadFromJsonAsync<Dictionary<string, int>>());

        using var created = await editor.PostAsJsonAsync("/admin/api/campaigns", template);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var audience = await editor.GetFromJsonAsync<Dictionary<string, int>>($"/admin/api/campaigns/{id}/audience");
        Assert.Equal(new Dictionary<string, int> { ["zalo"] = 1, ["messenger"] = 2 }, audience);

        using var editorCancels = await editor.PostAsync($"/admin/api/campaigns/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Forbidden, editorCancels.StatusCode);
        using var cancelled = await publisher.PostAsync($"/admin/api/campaigns/{id}/cancel", null);
        Assert.Equal("cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        using var resumed = await publisher.PostAsync($"/admin/api/campaigns/{id}/resume", null);
        Assert.Equal(HttpStatusCode.Conflict, resumed.StatusCode);
    }

    [Fact]
    public async Task An_unsaved_campaign_is_previewed_as_each_channel_sends_it()
    {
        var editor = await _bot.AsAsync("editor");
        var campaign = new
        {
            text = "Ngày 10/10 là Ngày Chuyển đổi số quốc gia.\nMời Anh/Chị cài VNeID.",
            linkUrl = "https://vneid.gov.vn",
            linkTitle = "Cài VNeID",
            imageUrl = "https://example.org/banner.png",
        };

        using var response = await editor.PostAsJsonAsync("/admin/api/campaigns/preview", campaign);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();

        // The stop hint and the tracked link (never the raw address) on every channel, as the dispatcher composes them.
        var web = Assert.Single(preview.GetProperty("web").GetProperty("messages").EnumerateArray());
        foreach (var channel in new[] { preview.GetProperty("zalo").GetProperty("messages"), preview.GetProperty("messenger").GetProperty("messages"), web })
        {
            var texts = Strings(channel).ToList();
            var all = string.Join("\n", texts);
            Assert.Contains(texts, t => t.Contains("Ngày 10/10 là Ngày Chuyển đổi số quốc gia.", StringComparison.Ordinal) && t.Contains("dừng nhận tin", StringComparison.Ordinal));
            Assert.Contains("Cài VNeID", all, StringComparison.Ordinal); // a button, or on Zalo a line "title: link"
            Assert.Contains("/r/xem-truoc", all, StringComparison.Ordinal);
            Assert.DoesNotContain("vneid.gov.vn", all, StringComparison.Ordinal);
            Assert.Contains("https://example.org/banner.png", texts);
        }

        Assert.Equal(JsonValueKind.Null, preview.GetProperty("zalo").GetProperty("promotion").ValueKind);

        using var empty = await editor.PostAsJsonAsync("/admin/api/campaigns/preview", new { name = "Chưa viết" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Viết nội dung tin", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_promotion_lane_on_the_preview_shows_the_zalo_promotion_template_too()
    {
        using var bot = new StaffBot(new Dictionary<string, string?> { ["Broadcasts:Enabled"] = "false", ["Zalo:PromotionLaneEnabled"] = "true" });
        var editor = await bot.AsAsync("editor");

        using var response = await editor.PostAsJsonAsync("/admin/api/campaigns/preview", new { text = "Ngày Chuyển đổi số quốc gia\nMời Anh/Chị tham gia." });
        var promotion = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("zalo").GetProperty("promotion").GetProperty("messages").EnumerateArray());

        var payload = promotion.GetProperty("attachment").GetProperty("payload");
        Assert.Equal("promotion", payload.GetProperty("template_type").GetString());
        var elements = payload.GetProperty("elements").EnumerateArray().Select(e => (e.GetProperty("type").GetString(), e.GetProperty("content").GetString())).ToList();
        Assert.Equal(("header", "Ngày Chuyển đổi số quốc gia"), elements[0]);
        Assert.StartsWith("Mời Anh/Chị tham gia.", elements[1].Item2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_campaign_announcing_a_contest_carries_a_Tham_gia_button_on_every_channel()
    {
        using var bot = new StaffBot(new Dictionary<string, string?> { ["Broadcasts:Enabled"] = "false", ["Zalo:PromotionLaneEnabled"] = "true" });
        var editor = await bot.AsAsync("editor");

        using var response = await editor.PostAsJsonAsync("/admin/api/campaigns/preview", new { text = "Cuộc thi tìm hiểu về chuyển đổi số\nVòng 1 mở đến hết 17/10.", joinContest = true });
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();

        static IEnumerable<JsonElement> Objects(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(element),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Objects),
            _ => [],
        };
        bool Button(JsonElement channel, string type, string payload) => Objects(channel).Any(o =>
            o.TryGetProperty("title", out var title) && title.GetString() == "Tham gia"
            && o.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.String && p.GetString() == payload
            && (type == "" || (o.TryGetProperty("type", out var t) && t.GetString() == type)));

        Assert.True(Button(preview.GetProperty("messenger"), "postback", "CONTEST"));
        Assert.True(Button(preview.GetProperty("web"), "", "CONTEST"));
        Assert.True(Button(preview.GetProperty("zalo").GetProperty("promotion"), "oa.query.hide", "CONTEST"));
        // Zalo's consultation messages cannot carry the button: the citizen is told what to type.
        Assert.Contains(Strings(preview.GetProperty("zalo").GetProperty("messages")), t => t.Contains("Tham gia: Anh/Chị gõ \"thi\"", StringComparison.Ordinal));

        using var saved = await editor.PostAsJsonAsync("/admin/api/campaigns", new { name = "Cuộc thi", text = "Mời Anh/Chị dự thi.", joinContest = true, scheduledAt = "2027-10-10T08:00" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True((await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("joinContest").GetBoolean());
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [Fact]
    public async Task The_openapi_document_describes_the_campaign_api()
    {
        var document = await _bot.Anonymous().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/admin/api/campaigns/{id}/approve", document, StringComparison.Ordinal);
        Assert.Contains("/admin/api/campaigns/templates/ngay-cds", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anyone_who_edited_a_campaign_cannot_approve_it()
    {
        var editor = await _bot.AsAsync("editor");
        var publisher = await _bot.AsAsync("publisher");
        using var created = await editor.PostAsJsonAsync("/admin/api/campaigns", Campaign());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        (await publisher.PutAsJsonAsync($"/admin/api/campaigns/{id}", Campaign("2030-10-10T09:00"))).EnsureSuccessStatusCode();

        using var ownEdit = await publisher.PostAsync($"/admin/api/campaigns/{id}/approve", null);
        using var other = await (await _bot.AsAsync("publisher2")).PostAsync($"/admin/api/campaigns/{id}/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, ownEdit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Pausing_whose_audit_entry_cannot_be_written_leaves_the_campaign_running_and_its_claims_in_place()
    {
        var publisher = await _bot.AsAsync("publisher");
        using var created = await (await _bot.AsAsync("editor")).PostAsJsonAsync("/admin/api/campaigns", Campaign());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var contexts = _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Campaigns.Where(c => c.Id == id).ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CampaignStatus.Running));
            db.Deliveries.Add(new DeliveryRecord { CampaignId = id, Channel = "zalo", UserId = "z-1", ClickToken = "pause-1", Status = DeliveryStatus.Claimed, ClaimedBy = "instance-a" });
            await db.SaveChangesAsync();
        }

        await using (await AuditOutage.ForAsync(_bot.Host.Services, "campaign.pause"))
        {
            using var failed = await publisher.PostAsync($"/admin/api/campaigns/{id}/pause", null);
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        await using (var db = await contexts.CreateDbContextAsync())
        {
            Assert.Equal(CampaignStatus.Running, (await db.Campaigns.SingleAsync(c => c.Id == id)).Status);
            Assert.Equal(DeliveryStatus.Claimed, (await db.Deliveries.SingleAsync(d => d.CampaignId == id)).Status);
        }

        using var paused = await publisher.PostAsync($"/admin/api/campaigns/{id}/pause", null);
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            Assert.Equal(DeliveryStatus.Queued, (await db.Deliveries.SingleAsync(d => d.CampaignId == id)).Status);
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "campaign.pause"));
        }
    }
}
