using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Subscriptions;

public sealed class SubscriptionStoreTests
{
    [Fact]
    public async Task A_zalo_citizen_subscribes_by_chat_and_unfollowing_stops_everything()
    {
        await using var bot = ZaloBot.Start();
        async Task SayAsync(string text, int delivered)
        {
            await bot.Events.PostSignedAsync(bot.Events.Text("zalo-sub", text));
            await Eventually.HoldsAsync(() => bot.StandIn.Delivered.Count >= delivered, $"reply to '{text}'");
        }

        await SayAsync("đăng ký nhận tin", 1);
        await SayAsync("1", 2);
        await SayAsync("Trà Vinh", 3);

        var subscription = await bot.QueryAsync(db => db.Subscriptions.SingleAsync());
        Assert.Equal(("zalo", "zalo-sub", "tra-vinh", true), (subscription.Channel, subscription.UserId, subscription.Locality, subscription.Active));
        Assert.Empty(subscription.Topics);
        Assert.True(subscription.ConsentedAt > DateTimeOffset.UtcNow.AddMinutes(-1));

        await bot.Events.PostSignedAsync(bot.Events.Follow("zalo-sub", follow: false));
        await Eventually.HoldsAsync(() => !bot.QueryAsync(db => db.Subscriptions.AnyAsync(s => s.Active)).Result, "the subscription stopped");
        var stopped = await bot.QueryAsync(db => db.Subscriptions.SingleAsync());
        Assert.Equal("unfollow", stopped.UnsubscribeReason);
    }
}
