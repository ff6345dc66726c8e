using CdsBot.Channels.Zalo;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Channels.Zalo;

public sealed class ZaloTokenManagerTests
{
    [Fact]
    public async Task Concurrent_refreshes_on_two_instances_sharing_a_database_refresh_once()
    {
        var database = BotHost.NewDatabasePath();
        await using var standIn = new ZaloStandIn(ZaloBot.AppId);
        try
        {
            using var first = new BotHost(database, settings: ZaloBot.Settings(standIn, processing: false));
            using var second = new BotHost(database, settings: ZaloBot.Settings(standIn, processing: false));
            var managers = new[] { first, second }.Select(h => h.Services.GetRequiredService<ZaloTokenManager>()).ToArray();
            var oa = first.Services.GetRequiredService<ZaloAccounts>().Default!;

            var tokens = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => managers[i % 2].RefreshAsync(oa, "at-initial", CancellationToken.None)));

            Assert.Equal(["rt-0"], standIn.Refreshes);
            Assert.All(tokens, t => Assert.Equal("at-1", t));
            await using var db = await first.Services.GetRequiredService<IDbContextFactory<CdsBot.Storage.CdsBotDbContext>>().CreateDbContextAsync();
            var stored = await db.ZaloTokens.SingleAsync();
            Assert.Equal(("at-1", "rt-1", 2L), (stored.AccessToken, stored.RefreshToken, stored.Version));
        }
        finally
        {
            BotHost.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task A_token_near_expiry_is_refreshed_before_use_and_the_new_pair_is_stored_first()
    {
        await using var standIn = new ZaloStandIn(ZaloBot.AppId);
        var settings = ZaloBot.Settings(standIn, processing: false);
        settings["Zalo:ConfiguredTokenLifetimeSeconds"] = "60";
        settings["Zalo:TokenRefreshMarginSeconds"] = "600";
        using var host = new BotHost(settings: settings);
        var manager = host.Services.GetRequiredService<ZaloTokenManager>();
        var oa = host.Services.GetRequiredService<ZaloAccounts>().Default!;

        var token = await manager.GetAccessTokenAsync(oa, CancellationToken.None);
        var again = await manager.GetAccessTokenAsync(oa, CancellationToken.None);

        Assert.Equal(("at-1", "at-1"), (token, again));
        Assert.Single(standIn.Refreshes);
    }

    [Fact]
    public async Task After_a_refresh_the_new_token_is_handed_out_not_the_one_read_before_it()
    {
        await using var standIn = new ZaloStandIn(ZaloBot.AppId);
        using var host = new BotHost(settings: ZaloBot.Settings(standIn, processing: false));
        var manager = host.Services.GetRequiredService<ZaloTokenManager>();
        var oa = host.Services.GetRequiredService<ZaloAccounts>().Default!;

        var before = await manager.GetAccessTokenAsync(oa, CancellationToken.None);
        var refreshed = await manager.RefreshAsync(oa, before, CancellationToken.None);
        var after = await manager.GetAccessTokenAsync(oa, CancellationToken.None);

        Assert.Equal(("at-initial", "at-1", "at-1"), (before, refreshed, after));
        Assert.Single(standIn.Refreshes);
    }
}
