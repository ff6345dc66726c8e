using System.Net;
using System.Text;
using CdsBot.Channels.Zalo;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CdsBot.Tests.Channels.Zalo;

public sealed class ZaloWebhookTests
{
    [Fact]
    public async Task A_signed_text_gets_exactly_one_reply_with_the_access_token_to_the_sender()
    {
        await using var bot = ZaloBot.Start();

        using var response = await bot.Events.PostSignedAsync(bot.Events.Text("user-1", "xin chào"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(() => !bot.StandIn.Delivered.IsEmpty, "a reply at the stand-in");
        await Eventually.DrainedAsync(bot.Host.Services);
        var reply = Assert.Single(bot.StandIn.Delivered);
        Assert.Equal(("at-initial", "user-1"), (reply.AccessToken, reply.UserId));
        Assert.StartsWith("Xin chào Anh/Chị!", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"{ZaloMessageRenderer.ChooseByNumber}\n1. Nghị quyết – văn bản", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_display_name_is_looked_up_once_and_cached()
    {
        await using var bot = ZaloBot.Start();

        await bot.Events.PostSignedAsync(bot.Events.Text("user-14", "menu"));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count == 1, "the first reply");
        await bot.Events.PostSignedAsync(bot.Events.Text("user-14", "menu"));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count == 2, "the second reply");

        Assert.Equal(["user-14"], bot.StandIn.ProfileLookups);
        Assert.Equal("Người dùng user-14", (await bot.QueryAsync(db => db.ZaloUsers.SingleAsync(u => u.UserId == "user-14"))).DisplayName);
    }

    [Fact]
    public async Task A_failed_display_name_look_up_answers_anyway_and_is_not_retried_on_the_next_message()
    {
        await using var bot = ZaloBot.Start();
        bot.StandIn.ProfileFails = true;

        await bot.Events.PostSignedAsync(bot.Events.Text("user-15", "menu"));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count == 1, "the first reply");
        await bot.Events.PostSignedAsync(bot.Events.Text("user-15", "menu"));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count == 2, "the second reply");

        Assert.Equal(["user-15"], bot.StandIn.ProfileLookups);
        Assert.Null((await bot.QueryAsync(db => db.ZaloUsers.SingleAsync(u => u.UserId == "user-15"))).DisplayName);
    }

    [Fact]
    public async Task A_number_typed_back_picks_the_numbered_choice()
    {
        await using var bot = ZaloBot.Start();
        await bot.Events.PostSignedAsync(bot.Events.Text("user-2", "menu"));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count == 1, "the menu");

        await bot.Events.PostSignedAsync(bot.Events.Text("user-2", "4"));

        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count == 2, "the topic list");
        Assert.Contains(bot.StandIn.Delivered, m => m.Text!.StartsWith("Ngày Chuyển đổi số quốc gia 10/10 và các hoạt động", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mac=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_forged_or_unsigned_event_gets_401_and_nothing_is_stored_or_sent(string? signature)
    {
        await using var bot = ZaloBot.Start();

        using var response = await bot.Events.PostAsync(bot.Events.Text("user-3", "xin chào").ToJsonString(), signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync()));
        Assert.Empty(bot.StandIn.Attempts);
    }

    /// <summary>Bodies nobody signed, some of which once escaped as 500 (invalid UTF-8, a null attachment element).</summary>
    private static byte[][] UnsignedBodies(string timestamp) =>
    [
        [.. Encoding.UTF8.GetBytes($"{{\"app_id\":\"{ZaloBot.AppId}\",\"timestamp\":\"{timestamp}\",\"event_name\":\""), 0xFF, .. "\"}"u8],
        Encoding.UTF8.GetBytes($$$"""{"app_id":"{{{ZaloBot.AppId}}}","event_name":"user_send_image","timestamp":"{{{timestamp}}}","sender":{"id":"u-null"},"message":{"msg_id":"m-null","attachments":[null]}}"""),
        Encoding.UTF8.GetBytes("{not json"),
        Encoding.UTF8.GetBytes("[1,2,3]"),
        [],
    ];

    [Fact]
    public async Task An_unsigned_body_gets_401_whatever_it_holds_nothing_is_stored_and_the_log_has_no_error_or_stack_trace()
    {
        var log = new LogRecorder();
        await using var bot = ZaloBot.Start(services: log.Register);

        foreach (var body in UnsignedBodies(bot.Events.Timestamp()))
        {
            foreach (var signature in new[] { null, "mac=" + new string('0', 64), "not a signature" })
            {
                using var response = await bot.Events.PostAsync(body, signature);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{(int)response.StatusCode} for {Encoding.UTF8.GetString(body)} signed '{signature}'");
            }
        }

        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync()));
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Error || e.Exception is not null);
    }

    [Fact]
    public async Task A_signed_event_that_cannot_be_read_gets_200_and_is_stored_as_ignored_with_its_reason()
    {
        await using var bot = ZaloBot.Start();
        var timestamp = bot.Events.Timestamp();
        byte[][] bodies =
        [
            [.. Encoding.UTF8.GetBytes($"{{\"app_id\":\"{ZaloBot.AppId}\",\"timestamp\":\"{timestamp}\",\"sender\":{{\"id\":\"u-bad-1\"}},\"event_name\":\""), 0xFF, .. "\"}"u8],
            Encoding.UTF8.GetBytes($$$"""{"app_id":"{{{ZaloBot.AppId}}}","timestamp":"{{{timestamp}}}","sender":{"id":"u-bad-2"},"message":{"msg_id":"m-bad-2","text":"menu"}}"""),
            Encoding.UTF8.GetBytes($$$"""{"app_id":"{{{ZaloBot.AppId}}}","timestamp":"soon","event_name":"user_send_text","sender":{"id":"u-bad-3"}}"""),
        ];

        foreach (var body in bodies)
        {
            var signedTimestamp = body.AsSpan().IndexOf("\"soon\""u8) >= 0 ? "soon" : timestamp;
            using var response = await bot.Events.PostAsync(body, bot.Events.Sign(body, signedTimestamp));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} for {Encoding.UTF8.GetString(body)}");
        }

        var stored = await bot.QueryAsync(db => db.InboxEvents.OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(3, stored.Count);
        Assert.All(stored, e => Assert.Equal(("ignored", true), (e.Status, e.Error is { Length: > 0 })));
        Assert.Contains("UTF-8", stored[0].Error, StringComparison.Ordinal);
        Assert.Contains("event_name", stored[1].Error, StringComparison.Ordinal);
        Assert.Contains("timestamp", stored[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_image_with_a_null_attachment_element_is_read_leniently_and_answered()
    {
        await using var bot = ZaloBot.Start();
        var image = bot.Events.Image("user-15");
        image["message"]!["attachments"]!.AsArray().Insert(0, null);

        using var response = await bot.Events.PostSignedAsync(image);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(() => !bot.StandIn.Delivered.IsEmpty, "a reply");
        Assert.Contains("vui lòng nhắn bằng chữ", bot.StandIn.Delivered.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_now_is_welcomed_but_does_not_make_the_user_a_follower()
    {
        await using var bot = ZaloBot.Start();

        await bot.Events.PostSignedAsync(bot.Events.ChatNow("user-16"));

        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count == 1, "the welcome");
        Assert.StartsWith("Xin chào Anh/Chị!", bot.StandIn.Delivered.Single().Text, StringComparison.Ordinal);
        var user = await bot.QueryAsync(db => db.ZaloUsers.SingleAsync(u => u.UserId == "user-16"));
        Assert.False(user.Followed is true, "a chat-now user counted as a follower");
        var reachability = bot.Host.Services.GetRequiredService<ZaloUsers>().Reachability(user, 0);
        Assert.Equal(((string?)null, false), reachability);
    }

    [Fact]
    public async Task Only_a_follow_makes_a_follower_and_writing_afterwards_keeps_it()
    {
        await using var bot = ZaloBot.Start();

        await bot.Events.PostSignedAsync(bot.Events.Text("user-17", "menu"));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count == 1, "the menu");
        var beforeFollow = await bot.QueryAsync(db => db.ZaloUsers.SingleAsync(u => u.UserId == "user-17"));
        await bot.Events.PostSignedAsync(bot.Events.Follow("user-17"));
        await bot.Events.PostSignedAsync(bot.Events.Text("user-17", "menu"));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count == 3, "the welcome and the second menu");

        Assert.False(beforeFollow.Followed is true, "a user who only wrote counted as a follower");
        Assert.True((await bot.QueryAsync(db => db.ZaloUsers.SingleAsync(u => u.UserId == "user-17"))).Followed is true, "the follow did not make a follower");
    }

    [Fact]
    public async Task An_event_signed_with_another_secret_gets_401()
    {
        await using var bot = ZaloBot.Start();
        using var response = await bot.Events.PostSignedAsync(bot.Events.Text("user-4", "xin chào"), secret: "not-the-oa-secret");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_event_gets_401_even_when_correctly_signed()
    {
        await using var bot = ZaloBot.Start();
        var stale = bot.Events.Text("user-5", "xin chào");
        stale["timestamp"] = DateTimeOffset.UtcNow.AddMinutes(-30).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var response = await bot.Events.PostSignedAsync(stale);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync()));
    }

    [Fact]
    public async Task The_same_event_delivered_twice_is_answered_once()
    {
        await using var bot = ZaloBot.Start();
        var once = bot.Events.Text("user-6", "nghị quyết 57 là gì", messageId: "msg-duplicate");

        using var first = await bot.Events.PostSignedAsync(once);
        using var second = await bot.Events.PostSignedAsync(once);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count >= 2, "the answer and its feedback prompt");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Equal(2, bot.StandIn.Delivered.Count);
        Assert.Equal(1, await bot.QueryAsync(db => db.InboxEvents.CountAsync()));
    }

    [Fact]
    public async Task An_expired_token_triggers_exactly_one_refresh_and_the_message_is_still_delivered()
    {
        await using var bot = ZaloBot.Start();
        bot.StandIn.FailNextWithError(-216, "Access token is invalid");

        await bot.Events.PostSignedAsync(bot.Events.Text("user-7", "menu"));

        await Eventually.HoldsAsync(() => !bot.StandIn.Delivered.IsEmpty, "the reply after refreshing");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Equal(["rt-0"], bot.StandIn.Refreshes);
        var reply = Assert.Single(bot.StandIn.Delivered);
        Assert.Equal("at-1", reply.AccessToken);
        var stored = await bot.QueryAsync(db => db.ZaloTokens.SingleAsync());
        Assert.Equal(("at-1", "rt-1"), (stored.AccessToken, stored.RefreshToken));
    }

    [Fact]
    public async Task A_stand_in_failing_with_5xx_twice_then_succeeding_delivers_once()
    {
        await using var bot = ZaloBot.Start();
        bot.StandIn.FailNextWithStatus(503);
        bot.StandIn.FailNextWithStatus(502);

        await bot.Events.PostSignedAsync(bot.Events.Text("user-8", "menu"));

        await Eventually.HoldsAsync(() => !bot.StandIn.Delivered.IsEmpty, "the reply after retries");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Single(bot.StandIn.Delivered);
        Assert.Equal(3, bot.StandIn.Attempts.Count);
    }

    [Fact]
    public async Task A_user_outside_the_window_is_not_retried_and_is_recorded()
    {
        await using var bot = ZaloBot.Start();
        bot.StandIn.FailNextWithError(-213, "User has not followed OA");

        await bot.Events.PostSignedAsync(bot.Events.Text("user-9", "menu"));

        await Eventually.HoldsAsync(() => bot.StandIn.Attempts.Count == 1, "one attempt");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Single(bot.StandIn.Attempts);
        Assert.Empty(bot.StandIn.Delivered);
        var user = await bot.QueryAsync(db => db.ZaloUsers.SingleAsync(u => u.UserId == "user-9"));
        Assert.Contains("-213", user.Unreachable, StringComparison.Ordinal);
        Assert.Equal("failed", (await bot.QueryAsync(db => db.OutboundMessages.SingleAsync())).Status);
    }

    [Fact]
    public async Task A_reply_in_several_parts_stops_at_the_windows_reply_count_and_writing_again_opens_the_window()
    {
        // Two replies per window, and text short enough that the menu's reply takes more than two messages.
        await using var bot = ZaloBot.Start(settings: new Dictionary<string, string?> { ["Zalo:RepliesPerWindow"] = "2", ["Zalo:MaxTextLength"] = "60" });

        await bot.Events.PostSignedAsync(bot.Events.Text("user-30", "menu"));

        await Eventually.HoldsAsync(() => bot.QueryAsync(db => db.OutboundMessages.AnyAsync(m => m.Status == "failed")).Result, "the reply stopped");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Equal(2, bot.StandIn.Delivered.Count);
        var reply = await bot.QueryAsync(db => db.OutboundMessages.SingleAsync());
        Assert.Equal(2, reply.PartsSent);
        Assert.Contains("the 2 replies allowed since the user's last message are used", reply.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await bot.QueryAsync(db => db.ZaloUsers.SingleAsync(u => u.UserId == "user-30"))).RepliesSinceInbound);

        await bot.Events.PostSignedAsync(bot.Events.Text("user-30", "menu"));

        await Eventually.HoldsAsync(() => bot.QueryAsync(db => db.OutboundMessages.CountAsync(m => m.Status == "failed")).Result == 2, "the second reply stopped");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Equal(4, bot.StandIn.Delivered.Count);
        Assert.Equal(2, (await bot.QueryAsync(db => db.ZaloUsers.SingleAsync(u => u.UserId == "user-30"))).RepliesSinceInbound);
    }

    [Fact]
    public async Task A_reply_cut_off_by_a_failure_after_some_parts_resumes_where_it_stopped_and_counts_each_part_once()
    {
        // The token Zalo refuses for the second part cannot be refreshed (the stand-in knows another refresh token), so
        // the send fails with an exception after one part went out; the retry, with the token valid again, sends the rest.
        await using var bot = ZaloBot.Start(
            standIn: new ZaloStandIn(ZaloBot.AppId, initialRefreshToken: "rt-unknown-to-the-bot"),
            settings: new Dictionary<string, string?> { ["Zalo:RepliesPerWindow"] = "100", ["Zalo:MaxTextLength"] = "60" });
        bot.StandIn.RefuseTheTokenAfterOneSuccess();

        await bot.Events.PostSignedAsync(bot.Events.Text("user-31", "menu"));

        await Eventually.HoldsAsync(() => bot.QueryAsync(db => db.OutboundMessages.AnyAsync(m => m.Status == "sent")).Result, "the reply sent in the end", 20_000);
        await Eventually.DrainedAsync(bot.Host.Services);
        var reply = await bot.QueryAsync(db => db.OutboundMessages.SingleAsync());
        var delivered = bot.StandIn.Delivered.Select(d => d.Text).ToList();
        Assert.True(reply.PartsSent > 2, $"{reply.PartsSent} parts");
        Assert.Equal(reply.PartsSent, delivered.Count);
        Assert.Equal(delivered.Count, delivered.Distinct().Count());
        Assert.Equal(2, reply.Attempts);
        Assert.Equal(reply.PartsSent, (await bot.QueryAsync(db => db.ZaloUsers.SingleAsync(u => u.UserId == "user-31"))).RepliesSinceInbound);
    }

    [Fact]
    public async Task Follow_is_welcomed_and_unfollow_sends_nothing_and_marks_the_user()
    {
        await using var bot = ZaloBot.Start();

        await bot.Events.PostSignedAsync(bot.Events.Follow("user-10"));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count == 1, "the welcome");
        await bot.Events.PostSignedAsync(bot.Events.Follow("user-10", follow: false));
        await Eventually.HoldsAsync(() => bot.QueryAsync(db => db.InboxEvents.CountAsync(e => e.Status == "done")).Result == 2, "both events processed");
        await Eventually.DrainedAsync(bot.Host.Services);

        Assert.Single(bot.StandIn.Delivered);
        Assert.StartsWith("Xin chào Anh/Chị!", bot.StandIn.Delivered.Single().Text, StringComparison.Ordinal);
        Assert.False((await bot.QueryAsync(db => db.ZaloUsers.SingleAsync(u => u.UserId == "user-10"))).Followed);
    }

    [Fact]
    public async Task Media_gets_a_polite_request_for_text()
    {
        await using var bot = ZaloBot.Start();
        await bot.Events.PostSignedAsync(bot.Events.Image("user-11"));
        await Eventually.HoldsAsync(() => !bot.StandIn.Delivered.IsEmpty, "a reply");
        Assert.Contains("vui lòng nhắn bằng chữ", bot.StandIn.Delivered.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_acknowledged_before_a_crash_is_answered_once_after_restart()
    {
        var database = BotHost.NewDatabasePath();
        await using var standIn = new ZaloStandIn(ZaloBot.AppId);
        try
        {
            // The first instance only takes the webhook: it dies before its worker processed anything.
            using (var crashed = new BotHost(database, settings: ZaloBot.Settings(standIn, processing: false)))
            {
                var events = new ZaloEvents(crashed.CreateClient(), ZaloBot.AppId, ZaloBot.OaSecret, TimeProvider.System);
                using var response = await events.PostSignedAsync(events.Text("user-12", "menu"));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            Assert.Empty(standIn.Attempts);
            using var restarted = new BotHost(database, settings: ZaloBot.Settings(standIn));
            await Eventually.HoldsAsync(() => !standIn.Delivered.IsEmpty, "the reply after restart");
            await Eventually.DrainedAsync(restarted.Services);
            Assert.Single(standIn.Delivered);
        }
        finally
        {
            BotHost.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task Malformed_unsigned_json_gets_401_an_oversized_body_413_and_the_check_200()
    {
        await using var bot = ZaloBot.Start();
        var http = bot.Host.CreateClient();

        using var malformed = await bot.Events.PostAsync("{not json", "mac=00");
        using var huge = await bot.Events.PostAsync("{\"x\":\"" + new string('a', 70_000) + "\"}", "mac=00");
        using var check = await http.GetAsync("/webhooks/zalo");

        Assert.Equal(HttpStatusCode.Unauthorized, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        using var still = await bot.Events.PostSignedAsync(bot.Events.Text("user-13", "menu"));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task A_captured_event_shape_verifies_with_the_documented_signature()
    {
        var body = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Zalo", "user_send_text.json"));
        var parsed = ZaloEventParser.Parse(body);
        var mac = ZaloSignatureVerifier.Compute(parsed.AppId, body, parsed.TimestampText, "secret");

        Assert.Equal(("user_send_text", "246845883529197922", "96d3cdf3af150460909", "xin chào"), (parsed.EventName, parsed.SenderId, parsed.MessageId, parsed.Text));
        Assert.True(ZaloSignatureVerifier.IsValid("mac=" + mac, parsed.AppId, body, parsed.TimestampText, "secret"));
        Assert.True(ZaloSignatureVerifier.IsValid(mac.ToUpperInvariant(), parsed.AppId, body, parsed.TimestampText, "secret"));
        Assert.False(ZaloSignatureVerifier.IsValid("mac=" + mac, parsed.AppId, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("xin chào", "xin chao", StringComparison.Ordinal)), parsed.TimestampText, "secret"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(parsed.AppId + Encoding.UTF8.GetString(body) + "1700000000000" + "secret"))), mac);
    }
}
