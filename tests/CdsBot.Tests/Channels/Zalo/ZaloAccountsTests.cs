using System.Net;
using CdsBot.Channels.Zalo;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CdsBot.Tests.Channels.Zalo;

/// <summary>
/// Two OAs from one deployment: the default OA of the single-account keys ("Chính quyền số Thái Bình") and a listed one
/// ("Công dân số Thái Bình"), each with its own OA secret and token, against the Zalo stand-in.
/// </summary>
public sealed class ZaloAccountsTests
{
    private const string OaB = "411122233344455566";
    private const string OaBSecret = "oa-b-secret-key";

    [Fact]
    public async Task An_event_signed_for_the_second_OA_is_answered_by_that_OA_with_its_token()
    {
        await using var bot = StartWithTwoOas();
        var oaB = OaBEvents(bot);

        using var response = await oaB.PostSignedAsync(oaB.Text("user-7", "xin chào"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(() => !bot.StandIn.Delivered.IsEmpty, "a reply at the stand-in");
        await Eventually.DrainedAsync(bot.Host.Services);
        var reply = Assert.Single(bot.StandIn.Delivered);
        Assert.Equal(("at-b", "user-7"), (reply.AccessToken, reply.UserId));
        var stored = await bot.QueryAsync(db => db.InboxEvents.SingleAsync());
        Assert.Equal($"{OaB}:user-7", stored.ConversationId);
        Assert.True(await bot.QueryAsync(db => db.ZaloUsers.AnyAsync(u => u.UserId == $"{OaB}:user-7")), "the reply window is kept for the citizen on OA B");
        Assert.Equal(["user-7"], bot.StandIn.ProfileLookups);
    }

    [Fact]
    public async Task The_same_citizen_id_on_two_OAs_is_two_conversations_each_answered_by_its_own_OA()
    {
        await using var bot = StartWithTwoOas();

        await bot.Events.PostSignedAsync(bot.Events.Text("user-8", "menu"));
        await OaBEvents(bot).PostSignedAsync(OaBEvents(bot).Text("user-8", "menu"));

        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count == 2, "one reply from each OA");
        Assert.Equal(["at-b", "at-initial"], bot.StandIn.Delivered.Select(d => d.AccessToken).Order());
        var conversations = await bot.QueryAsync(db => db.InboxEvents.Select(e => e.ConversationId).OrderBy(c => c).ToListAsync());
        Assert.Equal([$"{OaB}:user-8", "user-8"], conversations);
    }

    [Fact]
    public async Task An_event_claiming_the_second_OA_but_signed_with_the_first_OAs_secret_is_refused()
    {
        await using var bot = StartWithTwoOas();
        var forged = new ZaloEvents(bot.Host.CreateClient(), ZaloBot.AppId, ZaloBot.OaSecret, TimeProvider.System, OaB);

        using var response = await forged.PostSignedAsync(forged.Text("user-9", "xin chào"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync()));
    }

    [Fact]
    public async Task An_event_for_an_OA_the_deployment_does_not_serve_is_refused_and_logged()
    {
        var log = new LogRecorder();
        await using var bot = StartWithTwoOas(log);
        var stranger = new ZaloEvents(bot.Host.CreateClient(), ZaloBot.AppId, ZaloBot.OaSecret, TimeProvider.System, "999000999000999000");

        using var response = await stranger.PostSignedAsync(stranger.Text("user-10", "xin chào"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync()));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("999000999000999000", StringComparison.Ordinal) && e.Message.Contains("does not serve", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_OA_keeps_and_refreshes_its_own_token_pair()
    {
        await using var bot = StartWithTwoOas();
        var oaB = OaBEvents(bot);
        bot.StandIn.ValidAccessTokens.Clear();
        bot.StandIn.ValidAccessTokens.Add("at-initial");

        await oaB.PostSignedAsync(oaB.Text("user-11", "menu"));

        // OA B's token is refused, so OA B's refresh token is used (the stand-in honours only the first OA's, so the
        // refresh fails); the first OA's pair is neither used nor spent.
        await Eventually.HoldsAsync(() => bot.StandIn.Refreshes.Contains("rt-b"), "a refresh with OA B's refresh token");
        var row = Assert.Single(await bot.QueryAsync(db => db.ZaloTokens.ToListAsync()));
        Assert.Equal((OaB, "at-b", "rt-b"), (row.Account, row.AccessToken, row.RefreshToken));
        Assert.DoesNotContain("rt-0", bot.StandIn.Refreshes);
    }

    [Fact]
    public async Task Each_OA_reads_a_question_naming_no_place_as_asking_about_the_province_it_serves()
    {
        await using var bot = StartWithTwoOas(settings: new Dictionary<string, string?>
        {
            ["Zalo:Locality"] = "lao-cai",
            ["Zalo:Accounts:0:Locality"] = "thai-binh",
        });
        const string Question = "kế hoạch tuyên truyền về chuyển đổi số của tỉnh là gì";

        var byOa = await AskBothOasAsync(bot, "user-12", Question);
        Assert.Contains("44/KH-STTTT", byOa["at-initial"], StringComparison.Ordinal);
        Assert.DoesNotContain("96/KH-UBND", byOa["at-initial"], StringComparison.Ordinal);
        Assert.Contains("96/KH-UBND", byOa["at-b"], StringComparison.Ordinal);
        Assert.DoesNotContain("44/KH-STTTT", byOa["at-b"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_OA_limited_to_some_topics_answers_none_from_the_others()
    {
        await using var bot = StartWithTwoOas(settings: new Dictionary<string, string?>
        {
            ["Zalo:Accounts:0:Topics:0"] = "ky-nang-so",
        });
        const string Question = "VNeID là gì";

        var byOa = await AskBothOasAsync(bot, "user-13", Question);
        Assert.Contains("VNeID là ứng dụng định danh điện tử", byOa["at-initial"], StringComparison.Ordinal);
        Assert.DoesNotContain("VNeID là ứng dụng định danh điện tử", byOa["at-b"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locality_or_topic_the_content_does_not_know_is_named_in_a_warning_at_start()
    {
        var log = new LogRecorder();
        await using var bot = StartWithTwoOas(log, new Dictionary<string, string?>
        {
            ["Zalo:Accounts:0:Locality"] = "thai-bnh",
            ["Zalo:Accounts:0:Topics:0"] = "ky-nang",
            ["Zalo:Accounts:0:Topics:1"] = "ky-nang-so",
        });

        var warnings = log.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.StartsWith($"Zalo OA {OaB}:", StringComparison.Ordinal)).Select(e => e.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("Locality 'thai-bnh' is not a locality of the content", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("Topic 'ky-nang' is not a topic of the content", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Entries, e => e.Message.StartsWith($"Zalo OA {ZaloEvents.OaId}:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Zalo:Accounts:0:OaId", OaB, "Zalo__Accounts__0: set OaId and OaSecretKey")]
    [InlineData("Zalo:Accounts:0:OaSecretKey", OaBSecret, "Zalo__Accounts__0: set OaId and OaSecretKey")]
    public async Task A_listed_OA_missing_its_id_or_secret_stops_the_start_naming_the_setting(string key, string value, string message)
    {
        await using var standIn = new ZaloStandIn(ZaloBot.AppId);
        using var database = TestDatabase.Sqlite();

        var error = Assert.ThrowsAny<Exception>(() => ZaloBot.Start(database, standIn, settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Asks <paramref name="question"/> on both OAs; everything each OA sent back, by the access token it sent with.</summary>
    private static async Task<Dictionary<string, string>> AskBothOasAsync(ZaloBot bot, string user, string question)
    {
        await bot.Events.PostSignedAsync(bot.Events.Text(user, question));
        await OaBEvents(bot).PostSignedAsync(OaBEvents(bot).Text(user, question));
        await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Select(d => d.AccessToken).Distinct().Count() == 2, "replies from each OA");
        await Eventually.DrainedAsync(bot.Host.Services);
        return bot.StandIn.Delivered
            .GroupBy(d => d.AccessToken)
            .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(d => ReadableJson.Of(d.Message))));
    }

    private static ZaloBot StartWithTwoOas(LogRecorder? log = null, Dictionary<string, string?>? settings = null)
    {
        var standIn = new ZaloStandIn(ZaloBot.AppId);
        standIn.ValidAccessTokens.Add("at-b");
        return ZaloBot.Start(standIn: standIn, services: log is null ? null : log.Register, settings: new Dictionary<string, string?>(settings ?? [])
        {
            ["Zalo:OaId"] = ZaloEvents.OaId,
            ["Zalo:Name"] = "Chính quyền số Thái Bình",
            ["Zalo:Accounts:0:OaId"] = OaB,
            ["Zalo:Accounts:0:Name"] = "Công dân số Thái Bình",
            ["Zalo:Accounts:0:OaSecretKey"] = OaBSecret,
            ["Zalo:Accounts:0:AccessToken"] = "at-b",
            ["Zalo:Accounts:0:RefreshToken"] = "rt-b",
        });
    }

    private static ZaloEvents OaBEvents(ZaloBot bot) => new(bot.Host.CreateClient(), ZaloBot.AppId, OaBSecret, TimeProvider.System, OaB);
}
