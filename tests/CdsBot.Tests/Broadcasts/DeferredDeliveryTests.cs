using CdsBot.Broadcasts;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Broadcasts;

/// <summary>A citizen no lane could reach gets the campaign with the bot's answer the next time they write, until it expires.</summary>
public sealed class DeferredDeliveryTests
{
    [Fact]
    public async Task A_deferred_message_follows_the_answer_to_the_citizens_next_message_once()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("messenger", "m-late", TimeSpan.FromDays(3));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow("Tin ngày 10/10: mời Anh/Chị tham gia."));
        await bot.RunRoundAsync();
        Assert.Empty(bot.Graph.Attempts);

        var messenger = new MessengerWebhooks(bot.Host.CreateClient());
        await messenger.PostTextAsync("m-late", "vneid là gì");
        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Any(IsCampaign), "the deferred campaign message is sent");
        await messenger.PostTextAsync("m-late", "cảm ơn");
        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Count(c => c.RecipientId == "m-late") >= 3, "the second answer is sent");
        await Eventually.DrainedAsync(bot.Services);

        var toCitizen = bot.Graph.Delivered.Where(c => c.RecipientId == "m-late").ToList();
        Assert.Single(toCitizen, IsCampaign);
        Assert.All(toCitizen, c => Assert.Equal("RESPONSE", c.MessagingType));
        var row = Assert.Single(await bot.LedgerAsync(id));
        Assert.Equal((DeliveryStatus.Sent, DeliveryLanes.NextMessage), (row.Status, row.Lane));
        Assert.StartsWith("m_", row.PlatformMessageId, StringComparison.Ordinal); // the platform's id, for its delivery and read receipts
        Assert.Equal(1, (await bot.StatsAsync(id)).SentOnNextMessage);
    }

    [Fact]
    public async Task A_deferred_message_the_platform_refuses_is_recorded_as_failed()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("messenger", "m-blocked", TimeSpan.FromDays(3));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow("Tin ngày 10/10: mời Anh/Chị tham gia."));
        await bot.RunRoundAsync();
        bot.Graph.FailWhen = call => IsCampaign(call) ? (400, 551, 1545041, null) : null;

        await new MessengerWebhooks(bot.Host.CreateClient()).PostTextAsync("m-blocked", "vneid là gì");
        await Eventually.HoldsAsync(() => bot.LedgerAsync(id).GetAwaiter().GetResult().Single().Status == DeliveryStatus.Failed, "the ledger records the refusal");

        var row = Assert.Single(await bot.LedgerAsync(id));
        Assert.Contains("551", row.Reason, StringComparison.Ordinal);
        Assert.Equal(1, (await bot.StatsAsync(id)).Failed);
    }

    [Fact]
    public async Task A_citizen_who_writes_to_unsubscribe_does_not_get_the_deferred_message()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("messenger", "m-leaving", TimeSpan.FromDays(3));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow("Tin ngày 10/10: mời Anh/Chị tham gia."));
        await bot.RunRoundAsync();

        var messenger = new MessengerWebhooks(bot.Host.CreateClient());
        await messenger.PostTextAsync("m-leaving", "dung nhan tin");
        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Any(c => c.RecipientId == "m-leaving"), "the unsubscribe is confirmed");
        await Eventually.DrainedAsync(bot.Services);

        Assert.DoesNotContain(bot.Graph.Delivered, IsCampaign);
        Assert.Equal(DeliveryStatus.Deferred, Assert.Single(await bot.LedgerAsync(id)).Status);
    }

    [Fact]
    public async Task Deferred_copies_expire_with_their_campaign()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = BroadcastBot.Start(time: time);
        await bot.AddSubscriberAsync("messenger", "m-away", TimeSpan.FromDays(3));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow() with { ExpiresAt = time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).AddDays(2).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture) });
        await bot.RunRoundAsync();
        Assert.Equal(1, (await bot.StatsAsync(id)).Deferred);

        time.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromMinutes(1)));
        await bot.RunRoundAsync();

        var stats = await bot.StatsAsync(id);
        Assert.Equal((0, 1), (stats.Deferred, stats.Expired));
    }

    private static bool IsCampaign(GraphStandIn.GraphCall call) =>
        (call.Text ?? call.Body["message"]?["attachment"]?["payload"]?["text"]?.ToString() ?? "").Contains(CampaignMessage.StopHint, StringComparison.Ordinal);
}
