using CdsBot.Broadcasts;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Broadcasts;

/// <summary>A campaign chooses which OAs and Pages send; with none chosen every account sends to its own citizens.</summary>
public sealed class CampaignAccountsTests
{
    private const string OaB = "411122233344455566";
    private const string PageB = "2233445566";

    [Fact]
    public async Task A_campaign_limited_to_the_first_OA_sends_only_through_it()
    {
        await using var bot = StartWithTwoOasAndTwoPages();
        await bot.AddSubscriberAsync("zalo", "z-on-a", TimeSpan.FromHours(1));
        await bot.AddSubscriberAsync("zalo", $"{OaB}:z-on-b", TimeSpan.FromHours(1));
        await bot.AddSubscriberAsync("messenger", "m-on-a", TimeSpan.FromHours(1));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow() with { Channels = ["zalo"], Accounts = [ZaloEvents.OaId] });

        await bot.RunRoundAsync();

        var sent = Assert.Single(bot.Zalo.Delivered);
        Assert.Equal(("z-on-a", "at-initial"), (sent.UserId, sent.AccessToken));
        Assert.DoesNotContain(bot.Zalo.Attempts, c => c.AccessToken == "at-b");
        Assert.Empty(bot.Graph.Attempts);
        Assert.Equal(["z-on-a"], (await bot.LedgerAsync(id)).Select(d => d.UserId));
    }

    [Fact]
    public async Task A_campaign_without_accounts_sends_from_every_account_to_its_own_citizens()
    {
        await using var bot = StartWithTwoOasAndTwoPages();
        await bot.AddSubscriberAsync("zalo", "z-on-a", TimeSpan.FromHours(1));
        await bot.AddSubscriberAsync("zalo", $"{OaB}:z-on-b", TimeSpan.FromHours(1));
        await bot.AddSubscriberAsync("messenger", "m-on-a", TimeSpan.FromHours(1));
        await bot.AddSubscriberAsync("messenger", $"{PageB}:m-on-b", TimeSpan.FromHours(1));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());

        await bot.RunRoundAsync();

        Assert.Equal([("at-b", "z-on-b"), ("at-initial", "z-on-a")], bot.Zalo.Delivered.Select(c => (c.AccessToken, c.UserId)).Order());
        Assert.Equal([(MessengerBot.PageId, "m-on-a", MessengerBot.PageToken), (PageB, "m-on-b", "page-b-token")], bot.Graph.Delivered.Select(c => (c.Page, c.RecipientId, c.AccessToken)).Order());
        Assert.All(await bot.LedgerAsync(id), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task A_campaign_naming_an_account_that_is_not_configured_is_refused()
    {
        await using var bot = StartWithTwoOasAndTwoPages();
        var workflow = bot.Services.GetService(typeof(CdsBot.Admin.Campaigns.CampaignWorkflow)) as CdsBot.Admin.Campaigns.CampaignWorkflow;

        var created = await workflow!.CreateAsync(bot.DueNow() with { Accounts = ["123"] }, "editor", CancellationToken.None);

        Assert.Null(created.Value);
        Assert.Contains("accounts", created.Errors!.Keys);
    }

    private static BroadcastBot StartWithTwoOasAndTwoPages()
    {
        var bot = BroadcastBot.Start(settings: new Dictionary<string, string?>
        {
            ["Zalo:OaId"] = ZaloEvents.OaId,
            ["Zalo:Accounts:0:OaId"] = OaB,
            ["Zalo:Accounts:0:OaSecretKey"] = "oa-b-secret-key",
            ["Zalo:Accounts:0:AccessToken"] = "at-b",
            ["Zalo:Accounts:0:RefreshToken"] = "rt-b",
            ["Messenger:Pages:0:PageId"] = PageB,
            ["Messenger:Pages:0:PageAccessToken"] = "page-b-token",
        });
        bot.Zalo.ValidAccessTokens.Add("at-b");
        return bot;
    }
}
