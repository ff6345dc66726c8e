using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CdsBot.Channels.Messenger;
using CdsBot.Inbox;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CdsBot.Tests.Channels.Messenger;

public sealed class MessengerWebhookTests
{
    [Fact]
    public async Task The_handshake_echoes_the_challenge_as_plain_text_only_for_the_right_token()
    {
        await using var bot = MessengerBot.Start();

        using var right = await bot.Http.GetAsync($"/webhooks/messenger?hub.mode=subscribe&hub.verify_token={MessengerBot.VerifyToken}&hub.challenge=1158201444");
        using var wrongToken = await bot.Http.GetAsync("/webhooks/messenger?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1158201444");
        using var wrongMode = await bot.Http.GetAsync($"/webhooks/messenger?hub.mode=unsubscribe&hub.verify_token={MessengerBot.VerifyToken}&hub.challenge=1");

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("text/plain", right.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1158201444", await right.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (wrongToken.StatusCode, wrongMode.StatusCode));
    }

    [Fact]
    public async Task A_signed_text_gets_exactly_one_reply_with_recipient_messaging_type_and_token()
    {
        await using var bot = MessengerBot.Start();

        await GreetAndDrainAsync(bot);

        var reply = Assert.Single(bot.Graph.Delivered);
        Assert.Equal(("psid-1", "RESPONSE", MessengerBot.PageToken, MessengerBot.PageId, "v25.0"), (reply.RecipientId, reply.MessagingType, reply.AccessToken, reply.Page, reply.Version));
        Assert.StartsWith("Xin chào Anh/Chị!", reply.Text, StringComparison.Ordinal);
        var quickReplies = reply.Body["message"]!["quick_replies"]!.AsArray();
        Assert.Equal(8, quickReplies.Count); // four topics, the guides, the lessons, "Quyền riêng tư", "Gặp cán bộ"
        Assert.All(quickReplies, q => Assert.True(q!["title"]!.GetValue<string>().Length <= 20));
        Assert.Contains(bot.Graph.SenderActions, a => a.Body["sender_action"]!.GetValue<string>() == "typing_on");
    }

    [Fact]
    public async Task The_typing_indicator_reaches_the_person_before_the_answer_however_slowly_the_platform_takes_it()
    {
        await using var bot = MessengerBot.Start();
        // Slower than the turn: an answer that did not wait for the indicator would be accepted first.
        bot.Graph.SenderActionDelay = TimeSpan.FromSeconds(1);

        await GreetAndDrainAsync(bot);

        Assert.Equal(["typing_on", "message"], bot.Graph.Accepted);
    }

    /// <summary>"psid-1" says "xin chào"; returns once the webhook took it and the reply reached the stand-in.</summary>
    private static async Task GreetAndDrainAsync(MessengerBot bot)
    {
        using var response = await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("psid-1", "xin chào")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(() => !bot.Graph.Delivered.IsEmpty, "a reply at the Graph stand-in");
        await Eventually.DrainedAsync(bot.Host.Services);
    }

    [Fact]
    public async Task A_batch_of_two_entries_with_two_events_gets_two_replies()
    {
        await using var bot = MessengerBot.Start();

        await bot.PostSignedAsync(MessengerBot.Delivery(
            [MessengerBot.Text("psid-a", "menu"), MessengerBot.Echo("psid-a")],
            [MessengerBot.Text("psid-b", "menu")]));

        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Count >= 2, "two replies");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Equal(["psid-a", "psid-b"], bot.Graph.Delivered.Select(d => d.RecipientId).Order());
    }

    [Fact]
    public async Task A_quick_reply_tap_routes_by_payload_not_by_title()
    {
        await using var bot = MessengerBot.Start();

        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.QuickReply("psid-2", "Menu chính", "TOPIC:ngay-cds")]));

        await Eventually.HoldsAsync(() => !bot.Graph.Delivered.IsEmpty, "the topic list");
        Assert.StartsWith("Ngày Chuyển đổi số quốc gia 10/10 và các hoạt động", bot.Graph.Delivered.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_started_postback_is_welcomed()
    {
        await using var bot = MessengerBot.Start();
        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Postback("psid-3", "Bắt đầu", "GET_STARTED")]));
        await Eventually.HoldsAsync(() => !bot.Graph.Delivered.IsEmpty, "the welcome");
        Assert.StartsWith("Xin chào Anh/Chị!", bot.Graph.Delivered.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deep_link_ref_routes_like_its_payload_on_a_referral_and_on_a_first_get_started()
    {
        await using var bot = MessengerBot.Start();
        await ContestSeed.OpenRoundAsync(bot.Host.Services, DateTimeOffset.UtcNow);

        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Referral("psid-ref-1", "CONTEST"), MessengerBot.GetStartedVia("psid-ref-2", "CONTEST")]));
        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Referral("psid-ref-3", "QUANG_CAO_CU")]));

        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Count >= 3, "three replies");
        await Eventually.DrainedAsync(bot.Host.Services);
        foreach (var psid in new[] { "psid-ref-1", "psid-ref-2" })
        {
            Assert.StartsWith("Cuộc thi tìm hiểu về chuyển đổi số – Vòng 1", bot.Graph.Delivered.Single(d => d.RecipientId == psid).Text, StringComparison.Ordinal);
        }

        // A ref this version does not know is welcomed like Get Started.
        Assert.StartsWith("Xin chào Anh/Chị!", bot.Graph.Delivered.Single(d => d.RecipientId == "psid-ref-3").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(null)]
    public async Task A_wrong_or_missing_signature_gets_403_and_no_reply(string? signature)
    {
        await using var bot = MessengerBot.Start();
        var body = MessengerBot.Delivery([MessengerBot.Text("psid-4", "xin chào")]);

        using var response = await bot.PostAsync(body, signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Empty(bot.Graph.Attempts);
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync()));
    }

    [Fact]
    public async Task A_legacy_sha1_signature_alone_is_refused()
    {
        await using var bot = MessengerBot.Start();
        var body = MessengerBot.Delivery([MessengerBot.Text("psid-5", "xin chào")]);
#pragma warning disable CA5350 // the legacy header's algorithm, computed only to show it is refused
        var sha1 = "sha1=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA1.HashData(Encoding.UTF8.GetBytes(MessengerBot.AppSecret), Encoding.UTF8.GetBytes(body)));
#pragma warning restore CA5350

        using var response = await bot.PostAsync(body, sha1);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_redelivered_event_gets_no_second_reply()
    {
        await using var bot = MessengerBot.Start();
        var body = MessengerBot.Delivery([MessengerBot.Text("psid-6", "menu", mid: "m_same")]);

        await bot.PostSignedAsync(body);
        await bot.PostSignedAsync(body);

        await Eventually.HoldsAsync(() => !bot.Graph.Delivered.IsEmpty, "the reply");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Single(bot.Graph.Delivered);
    }

    [Theory]
    [InlineData(400, 10, 2018278)]
    [InlineData(400, 190, 0)]
    [InlineData(400, 551, 1545041)]
    public async Task Window_token_and_unavailable_errors_are_not_retried(int status, int code, int subcode)
    {
        await using var bot = MessengerBot.Start();
        bot.Graph.FailNext(status, code, subcode);

        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("psid-7", "menu")]));

        await Eventually.HoldsAsync(() => bot.Graph.Attempts.Count == 1, "one attempt");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Single(bot.Graph.Attempts);
        Assert.Empty(bot.Graph.Delivered);
        Assert.Equal("failed", (await bot.QueryAsync(db => db.OutboundMessages.SingleAsync())).Status);
    }

    [Fact]
    public async Task Outside_the_window_is_recorded_on_the_person()
    {
        await using var bot = MessengerBot.Start();
        bot.Graph.FailNext(400, 10, 2018278);
        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("psid-8", "menu")]));
        await Eventually.HoldsAsync(() => bot.QueryAsync(db => db.MessengerUsers.AnyAsync(u => u.Psid == "psid-8" && u.Unreachable != null)).Result, "the person marked");
        Assert.Contains("2018278", (await bot.QueryAsync(db => db.MessengerUsers.SingleAsync(u => u.Psid == "psid-8"))).Unreachable, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_613_rate_limit_is_retried_with_back_off_and_delivers_once()
    {
        await using var bot = MessengerBot.Start();
        bot.Graph.FailNext(400, 613, 2534040, usageHeader: """{"1234567890":[{"type":"messenger","call_count":100,"estimated_time_to_regain_access":0}]}""");

        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("psid-9", "menu")]));

        await Eventually.HoldsAsync(() => !bot.Graph.Delivered.IsEmpty, "the reply after the rate limit");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Single(bot.Graph.Delivered);
        Assert.Equal(2, bot.Graph.Attempts.Count);
    }

    [Fact]
    public async Task Malformed_json_and_a_1_MB_body_are_rejected_and_the_service_keeps_working()
    {
        await using var bot = MessengerBot.Start();

        using var malformed = await bot.PostSignedAsync("{not json");
        using var notAPage = await bot.PostSignedAsync("""{"object":"instagram","entry":[]}""");
        using var huge = await bot.PostSignedAsync("{\"object\":\"page\",\"entry\":[],\"pad\":\"" + new string('a', 1_048_576) + "\"}");
        using var still = await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("psid-10", "menu")]));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (malformed.StatusCode, notAPage.StatusCode));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        await Eventually.HoldsAsync(() => !bot.Graph.Delivered.IsEmpty, "the reply after bad input");
    }

    [Fact]
    public async Task Items_that_cannot_be_read_are_skipped_with_a_logged_reason_and_the_rest_of_the_batch_is_answered()
    {
        var log = new LogRecorder();
        await using var bot = MessengerBot.Start(services: log.Register);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var body = $$$"""
            {"object":"page","entry":[{"id":"{{{MessengerBot.PageId}}}","time":{{{now}}},"messaging":[
              {"sender":"x","recipient":{"id":"{{{MessengerBot.PageId}}}"},"timestamp":{{{now}}},"message":{"mid":"m_odd_1","text":"menu"}},
              {"sender":{"id":"psid-odd"},"sender":{"id":["psid-odd"]},"timestamp":{{{now}}},"message":{"mid":"m_odd_2","text":"menu"}},
              {"sender":{"id":"psid-odd"},"timestamp":{{{now}}},"message":"menu"},
              {"sender":{"id":"psid-batch"},"recipient":{"id":"{{{MessengerBot.PageId}}}"},"timestamp":{{{now}}},"message":{"mid":"m_good","text":"menu"}}
            ]}]}
            """;

        using var response = await bot.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Any(d => d.RecipientId == "psid-batch"), "the readable item answered");
        Assert.Equal(["m_good"], await bot.QueryAsync(db => db.InboxEvents.Select(e => e.ChannelMessageId).ToListAsync()));
        Assert.Equal(3, log.Entries.Count(e => e.Message.Contains("skipped", StringComparison.Ordinal) && e.Level == LogLevel.Warning));
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Error || e.Exception is not null);
    }

    [Fact]
    public async Task An_attachment_whose_payload_is_a_string_is_processed_at_the_first_attempt()
    {
        await using var bot = MessengerBot.Start();
        var item = MessengerBot.Text("psid-11", "x");
        item["message"] = new JsonObject { ["mid"] = "m_string_payload", ["attachments"] = new JsonArray(new JsonObject { ["type"] = "image", ["payload"] = "not an object" }) };

        await bot.PostSignedAsync(MessengerBot.Delivery([item]));

        await Eventually.HoldsAsync(() => bot.QueryAsync(db => db.InboxEvents.AnyAsync(e => e.Status != "pending")), "the event processed", timeoutMilliseconds: 10_000);
        var stored = await bot.QueryAsync(db => db.InboxEvents.SingleAsync());
        Assert.Equal(("done", 1), (stored.Status, stored.Attempts));
    }

    [Fact]
    public async Task A_stored_event_that_cannot_be_understood_is_ignored_at_once_and_does_not_hold_back_the_conversation()
    {
        await using var bot = MessengerBot.Start();
        var inbox = bot.Host.Services.GetRequiredService<InboxWriter>();
        await inbox.TryEnqueueAsync(MessengerWebhookApi.Channel, "m_unreadable", "psid-12", """{"sender":"psid-12","message":{"mid":"m_unreadable"}}""", CancellationToken.None);

        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("psid-12", "menu")]));

        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Any(d => d.RecipientId == "psid-12"), "the later message answered without waiting for retries", timeoutMilliseconds: 10_000);
        var unreadable = await bot.QueryAsync(db => db.InboxEvents.SingleAsync(e => e.ChannelMessageId == "m_unreadable"));
        Assert.Equal(("ignored", 1), (unreadable.Status, unreadable.Attempts));
        Assert.Contains("sender", unreadable.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_older_than_the_age_limit_is_not_stored_or_answered_while_a_recent_one_is()
    {
        await using var bot = MessengerBot.Start();
        var old = MessengerBot.Text("psid-13", "menu", mid: "m_old");
        old["timestamp"] = DateTimeOffset.UtcNow.AddDays(-30).ToUnixTimeMilliseconds();
        var recent = MessengerBot.Text("psid-14", "menu", mid: "m_recent");
        recent["timestamp"] = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeMilliseconds();

        using var response = await bot.PostSignedAsync(MessengerBot.Delivery([old, recent]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["m_recent"], await bot.QueryAsync(db => db.InboxEvents.Select(e => e.ChannelMessageId).ToListAsync()));
        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Any(d => d.RecipientId == "psid-14"), "the recent message answered");
    }

    [Fact]
    public async Task The_age_limit_is_configuration()
    {
        await using var bot = MessengerBot.Start(settings: new Dictionary<string, string?> { ["Messenger:MaxEventAgeSeconds"] = "60" });
        var item = MessengerBot.Text("psid-15", "menu", mid: "m_two_minutes");
        item["timestamp"] = DateTimeOffset.UtcNow.AddMinutes(-2).ToUnixTimeMilliseconds();

        using var response = await bot.PostSignedAsync(MessengerBot.Delivery([item]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync()));
    }

    [Fact]
    public async Task Standby_items_are_not_turns_the_bot_stays_quiet_while_another_app_holds_the_thread()
    {
        await using var bot = MessengerBot.Start();

        using var standby = await bot.PostSignedAsync(MessengerBot.StandbyDelivery(
            MessengerBot.Text("psid-16", "menu"), MessengerBot.Postback("psid-16", "Bắt đầu", "GET_STARTED")));
        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("psid-17", "menu")]));

        Assert.Equal(HttpStatusCode.OK, standby.StatusCode);
        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Any(d => d.RecipientId == "psid-17"), "the thread the bot owns answered");
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync(e => e.ConversationId == "psid-16")));
        Assert.Equal(0, await bot.QueryAsync(db => db.OutboundMessages.CountAsync(m => m.RecipientId == "psid-16")));
        Assert.DoesNotContain(bot.Graph.Attempts, a => a.RecipientId == "psid-16");
    }

    [Fact]
    public void Long_text_is_split_under_2000_characters_and_long_quick_reply_titles_are_numbered()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("Câu này nói về chuyển đổi số.", 50));
        var activity = new CdsBot.Dialogs.Activities.OutboundActivity
        {
            Text = paragraph + "\n\n" + paragraph,
            QuickReplies = [new("Nghị quyết 57-NQ/TW ban hành ngày nào, về vấn đề gì?", "FAQ:a"), new("Menu chính", "MENU")],
        };

        var messages = MessengerMessageRenderer.Render(activity, new MessengerOptions());

        Assert.All(messages, m => Assert.True(m["text"]!.GetValue<string>().Length < 2000));
        Assert.True(messages.Count >= 2);
        var last = messages[^1];
        Assert.Contains("1. Nghị quyết 57-NQ/TW ban hành ngày nào, về vấn đề gì?", last["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["1. Nghị quyết 57-NQ…", "Menu chính"], last["quick_replies"]!.AsArray().Select(q => q!["title"]!.GetValue<string>()));
        Assert.Equal("FAQ:a", last["quick_replies"]![0]!["payload"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_setup_profile_command_sets_get_started_greeting_and_the_menu_on_every_Page_with_its_own_token()
    {
        await using var graph = new GraphStandIn();
        var database = BotHost.NewDatabasePath();
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CdsBot.dll"));
            start.ArgumentList.Add("messenger");
            start.ArgumentList.Add("setup-profile");
            start.Environment["Storage__ConnectionString"] = $"Data Source={database}";
            var settings = MessengerBot.Settings(graph);
            settings["Messenger:Pages:0:PageId"] = "2233445566";
            settings["Messenger:Pages:0:PageAccessToken"] = "page-b-token";
            foreach (var (key, value) in settings)
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, output);
            Assert.Equal(["page-b-token", MessengerBot.PageToken], graph.ProfileTokens.Order(StringComparer.Ordinal));
            Assert.Equal(2, graph.Profiles.Count);
            var profile = graph.Profiles.First();
            Assert.Equal("GET_STARTED", profile["get_started"]!["payload"]!.GetValue<string>());
            Assert.StartsWith("Xin chào!", profile["greeting"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(
                ["Nghị quyết – văn bản", "Dịch vụ công trực tuyến", "Kỹ năng số", "Ngày Chuyển đổi số 10/10", "Hướng dẫn từng bước", "Học kỹ năng số", "Quyền riêng tư", "Gặp cán bộ"],
                profile["persistent_menu"]![0]!["call_to_actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        }
        finally
        {
            BotHost.DeleteDatabase(database);
        }
    }
}
