using System.Net;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CdsBot.Tests.Channels.Messenger;

/// <summary>
/// Two Pages from one deployment: the default Page of the single-Page keys and a listed one (a district youth-union
/// fanpage) subscribed through another app, each with its own app secret and Page token, against the Graph stand-in.
/// </summary>
public sealed class MessengerPagesTests
{
    private const string PageB = "2233445566";
    private const string PageBToken = "page-b-token";
    private const string PageBSecret = "page-b-app-secret";

    [Fact]
    public async Task A_delivery_for_the_second_Page_is_answered_from_that_Page_with_its_token()
    {
        await using var bot = StartWithTwoPages();

        using var response = await bot.PostSignedAsync(MessengerBot.DeliveryFor(PageB, MessengerBot.Text("psid-7", "xin chào")), PageBSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(() => !bot.Graph.Delivered.IsEmpty, "a reply at the Graph stand-in");
        await Eventually.DrainedAsync(bot.Host.Services);
        var reply = Assert.Single(bot.Graph.Delivered);
        Assert.Equal(("psid-7", PageB, PageBToken), (reply.RecipientId, reply.Page, reply.AccessToken));
        Assert.Contains(bot.Graph.SenderActions, a => a.Page == PageB && a.AccessToken == PageBToken && a.RecipientId == "psid-7");
        Assert.Equal($"{PageB}:psid-7", (await bot.QueryAsync(db => db.InboxEvents.SingleAsync())).ConversationId);
    }

    [Fact]
    public async Task The_first_Page_still_answers_with_its_own_token()
    {
        await using var bot = StartWithTwoPages();

        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("psid-8", "xin chào")]));

        await Eventually.HoldsAsync(() => !bot.Graph.Delivered.IsEmpty, "a reply at the Graph stand-in");
        var reply = Assert.Single(bot.Graph.Delivered);
        Assert.Equal(("psid-8", MessengerBot.PageId, MessengerBot.PageToken), (reply.RecipientId, reply.Page, reply.AccessToken));
    }

    [Fact]
    public async Task An_item_for_the_second_Page_signed_with_the_first_Pages_app_secret_is_not_stored()
    {
        var log = new LogRecorder();
        await using var bot = StartWithTwoPages(log);

        using var response = await bot.PostSignedAsync(MessengerBot.DeliveryFor(PageB, MessengerBot.Text("psid-9", "xin chào")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync()));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"Page {PageB}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_item_for_a_Page_the_deployment_does_not_serve_is_not_stored()
    {
        await using var bot = StartWithTwoPages();

        using var response = await bot.PostSignedAsync(MessengerBot.DeliveryFor("9988776655", MessengerBot.Text("psid-10", "xin chào")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await bot.QueryAsync(db => db.InboxEvents.CountAsync()));
    }

    [Fact]
    public async Task Each_Page_reads_a_question_naming_no_place_as_asking_about_the_province_it_serves()
    {
        await using var bot = StartWithTwoPages(settings: new Dictionary<string, string?>
        {
            ["Messenger:Locality"] = "lao-cai",
            ["Messenger:Pages:0:Locality"] = "ben-tre",
        });
        const string Question = "kế hoạch tuyên truyền về chuyển đổi số của tỉnh là gì";

        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("psid-11", Question)]));
        await bot.PostSignedAsync(MessengerBot.DeliveryFor(PageB, MessengerBot.Text("psid-11", Question)), PageBSecret);

        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Select(d => d.Page).Distinct().Count() == 2, "replies from each Page");
        await Eventually.DrainedAsync(bot.Host.Services);
        var byPage = bot.Graph.Delivered.GroupBy(d => d.Page).ToDictionary(g => g.Key, g => string.Join("\n", g.Select(d => ReadableJson.Of(d.Body))));
        Assert.Contains("44/KH-STTTT", byPage[MessengerBot.PageId], StringComparison.Ordinal);
        Assert.DoesNotContain("Bến Tre", byPage[MessengerBot.PageId], StringComparison.Ordinal);
        Assert.Contains("Bến Tre", byPage[PageB], StringComparison.Ordinal);
        Assert.DoesNotContain("44/KH-STTTT", byPage[PageB], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Page_listed_twice_stops_the_start_naming_the_setting()
    {
        await using var graph = new GraphStandIn();
        var twice = new Dictionary<string, string?>
        {
            ["Messenger:Pages:0:PageId"] = PageB,
            ["Messenger:Pages:0:PageAccessToken"] = PageBToken,
            ["Messenger:Pages:1:PageId"] = PageB,
            ["Messenger:Pages:1:PageAccessToken"] = PageBToken,
        };

        var error = Assert.ThrowsAny<Exception>(() => MessengerBot.Start(graph, settings: twice));

        Assert.Contains($"Messenger__Pages__1__PageId: '{PageB}' is used twice", error.ToString(), StringComparison.Ordinal);
    }

    private static MessengerBot StartWithTwoPages(LogRecorder? log = null, Dictionary<string, string?>? settings = null) =>
        MessengerBot.Start(services: log is null ? null : log.Register, settings: new Dictionary<string, string?>(settings ?? [])
        {
            ["Messenger:Pages:0:PageId"] = PageB,
            ["Messenger:Pages:0:Name"] = "Đoàn Thanh niên huyện Giồng Trôm",
            ["Messenger:Pages:0:PageAccessToken"] = PageBToken,
            ["Messenger:Pages:0:AppSecret"] = PageBSecret,
        });
}
