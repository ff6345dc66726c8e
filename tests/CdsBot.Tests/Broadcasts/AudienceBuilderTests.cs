using CdsBot.Admin.Campaigns;
using CdsBot.Broadcasts;
using CdsBot.Subscriptions;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Broadcasts;

/// <summary>A campaign's audience is read a page of subscriptions at a time.</summary>
public sealed class AudienceBuilderTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task An_audience_of_several_pages_is_counted_and_gets_one_ledger_row_per_matching_subscriber(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var bot = BroadcastBot.Start(database);
        var subscribers = (2 * AudienceBuilder.PageSize) + 1;
        var expected = new List<string>();
        await using (var db = await bot.NewContextAsync())
        {
            var now = bot.Time.GetUtcNow();
            for (var i = 0; i < subscribers; i++)
            {
                // Every third follows another topic only, every seventh has unsubscribed: neither is in the audience.
                // The first page ends on a subscriber in it, the second on one out of it.
                var topics = i % 3 == 0 ? ["another-topic"] : i % 2 == 0 ? new List<string> { "ngay-cds" } : [];
                var active = i % 7 != 0;
                var userId = $"m-{i:D5}";
                db.Subscriptions.Add(new SubscriptionRecord { Channel = "messenger", UserId = userId, Topics = topics, Locality = "national", Active = active, ConsentedAt = now });
                if (active && i % 3 != 0)
                {
                    expected.Add(userId);
                }
            }

            await db.SaveChangesAsync();
        }

        var id = await bot.ApprovedCampaignAsync(bot.DueNow() with { Topics = ["ngay-cds"] });

        // Staff's count reads the same pages: a subscriber read twice, or a page skipped, would show here.
        var counted = await bot.Services.GetRequiredService<CampaignWorkflow>().AudienceAsync(id, CancellationToken.None);
        Assert.Equal(new Dictionary<string, int> { ["messenger"] = expected.Count }, counted);

        var targeted = await bot.Services.GetRequiredService<AudienceBuilder>().StartAsync(id, CancellationToken.None);

        Assert.Equal(expected.Count, targeted);
        var ledger = await bot.LedgerAsync(id);
        Assert.Equal(expected, ledger.Select(d => d.UserId).Order(StringComparer.Ordinal));
        Assert.All(ledger, d => Assert.Equal(DeliveryStatus.Queued, d.Status));
    }
}
