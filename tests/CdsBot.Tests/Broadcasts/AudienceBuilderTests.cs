using CdsBot.Broadcasts;
using CdsBot.Subscriptions;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Broadcasts;

/// <summary>A campaign's ledger is written from its audience, read a page of subscriptions at a time.</summary>
public sealed class AudienceBuilderTests
{
    [Fact]
    public async Task An_audience_of_several_pages_gets_one_ledger_row_per_matching_subscriber()
    {
        await using var bot = BroadcastBot.Start();
        var subscribers = (2 * AudienceBuilder.PageSize) + 1;
        var expected = new List<string>();
        await using (var db = await bot.NewContextAsync())
        {
            var now = bot.Time.GetUtcNow();
            for (var i = 0; i < subscribers; i++)
            {
                // Every third follows another topic only, every seventh has unsubscribed: neither is in the audience.
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

        var targeted = await bot.Services.GetRequiredService<AudienceBuilder>().StartAsync(id, CancellationToken.None);

        Assert.Equal(expected.Count, targeted);
        var ledger = await bot.LedgerAsync(id);
        Assert.Equal(expected, ledger.Select(d => d.UserId).Order(StringComparer.Ordinal));
        Assert.All(ledger, d => Assert.Equal(DeliveryStatus.Queued, d.Status));
    }
}
