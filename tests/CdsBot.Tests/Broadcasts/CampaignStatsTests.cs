using System.Net;
using System.Text.Json.Nodes;
using CdsBot.Broadcasts;
using CdsBot.Dialogs.Flows.Subscriptions;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Broadcasts;

/// <summary>What staff see of a campaign: receipts the channels report, clicks on its tracked link, and the opt-outs it caused.</summary>
public sealed class CampaignStatsTests
{
    [Fact]
    public async Task Receipts_clicks_and_opt_outs_are_counted()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("messenger", "m-reader", TimeSpan.FromHours(1));
        await bot.AddSubscriberAsync("messenger", "m-leaver", TimeSpan.FromHours(1));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        await bot.RunRoundAsync();
        var ledger = await bot.LedgerAsync(id);
        var reader = ledger.Single(d => d.UserId == "m-reader");

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = bot.Host.CreateClient().BaseAddress };
        using var click = await http.GetAsync($"/r/{reader.ClickToken}");
        Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
        Assert.Equal(new Uri("https://dichvucong.gov.vn"), click.Headers.Location);
        using var forged = await http.GetAsync("/r/not-a-token");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        var read = MessengerBot.Text("m-reader", "x");
        read.Remove("message");
        read["read"] = new JsonObject { ["watermark"] = DateTimeOffset.UtcNow.AddSeconds(5).ToUnixTimeMilliseconds() };
        var delivered = MessengerBot.Text("m-leaver", "x");
        delivered.Remove("message");
        delivered["delivery"] = new JsonObject { ["mids"] = new JsonArray(ledger.Single(d => d.UserId == "m-leaver").PlatformMessageId), ["watermark"] = 0 };
        var messenger = new MessengerWebhooks(bot.Host.CreateClient());
        await messenger.PostDeliveryAsync(MessengerBot.Delivery([read, delivered]));
        await Eventually.HoldsAsync(() => bot.InboxSettled(), "the receipts are processed");
        await bot.Services.GetRequiredService<ISubscriptionStore>().UnsubscribeAsync("messenger", "m-leaver", "citizen", CancellationToken.None);

        var stats = await bot.StatsAsync(id);
        Assert.Equal((2, 2, 1, 1, 1), (stats.Sent, stats.Delivered, stats.Read, stats.Clicked, stats.OptOuts));
    }

    [Fact]
    public async Task Zalo_seen_receipts_are_counted_as_delivered_and_read()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("zalo", "z-reader", TimeSpan.FromHours(1));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        await bot.RunRoundAsync();
        var messageId = Assert.Single(await bot.LedgerAsync(id)).PlatformMessageId!;

        var events = new ZaloEvents(bot.Host.CreateClient(), ZaloBot.AppId, ZaloBot.OaSecret, TimeProvider.System);
        using var response = await events.PostSignedAsync(events.Event("user_seen_message", "z-reader", new JsonObject { ["msg_ids"] = new JsonArray(messageId) }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(() => bot.InboxSettled(), "the receipt is processed");

        var stats = await bot.StatsAsync(id);
        Assert.Equal((1, 1), (stats.Delivered, stats.Read));
    }
}
