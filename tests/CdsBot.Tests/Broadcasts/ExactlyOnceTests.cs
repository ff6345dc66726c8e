using CdsBot.Broadcasts;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Broadcasts;

/// <summary>Every allowed recipient gets one copy: through rate limits and outages, and with two instances sending.</summary>
public sealed class ExactlyOnceTests
{
    [Fact]
    public async Task A_storm_of_429s_and_5xx_is_ridden_out_with_every_recipient_sent_once()
    {
        await using var bot = BroadcastBot.Start(settings: new Dictionary<string, string?> { ["Messenger:SendRetries"] = "1" });
        var recipients = Enumerable.Range(1, 40).Select(i => $"m-{i:D2}").ToList();
        foreach (var psid in recipients)
        {
            await bot.AddSubscriberAsync("messenger", psid, TimeSpan.FromHours(1));
        }

        for (var i = 0; i < 30; i++)
        {
            if (i % 3 == 0)
            {
                bot.Graph.FailNext(429, 613, 2534040);
            }
            else if (i % 3 == 1)
            {
                bot.Graph.FailNext(500, 2);
            }
            else
            {
                bot.Graph.FailNext(503, 1200);
            }
        }

        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await bot.StatsAsync(id)).Sent < recipients.Count && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await bot.RunRoundAsync();
            await Task.Delay(100);
        }

        Assert.True(bot.Graph.Attempts.Count >= recipients.Count + 30, $"only {bot.Graph.Attempts.Count} attempts: the storm did not happen");
        Assert.Equal(recipients, bot.Graph.Delivered.Select(c => c.RecipientId).Order());
        var stats = await bot.StatsAsync(id);
        Assert.Equal((40, 0, 0), (stats.Sent, stats.Failed, stats.Queued));
    }

    [Fact]
    public async Task A_rate_limit_error_pauses_every_send_on_that_channel()
    {
        await using var bot = BroadcastBot.Start(settings: new Dictionary<string, string?>
        {
            ["Messenger:SendRetries"] = "0",
            ["Broadcasts:Concurrency"] = "1",
            ["Broadcasts:RateLimitPauseSeconds"] = "2",
        });
        foreach (var i in Enumerable.Range(1, 6))
        {
            await bot.AddSubscriberAsync("messenger", $"m-{i}", TimeSpan.FromHours(1));
        }

        bot.Graph.FailNext(400, 613, 2534040);
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await bot.StatsAsync(id)).Sent < 6 && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await bot.RunRoundAsync();
            await Task.Delay(100);
        }

        var attempts = bot.Graph.Attempts.OrderBy(c => c.At).ToList();
        Assert.Equal(7, attempts.Count);
        var gap = attempts[1].At - attempts[0].At;
        Assert.True(gap >= TimeSpan.FromSeconds(1.9), $"the next send came {gap.TotalMilliseconds:F0} ms after the rate-limit error");
        Assert.Equal(6, (await bot.StatsAsync(id)).Sent);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Two_instances_on_one_database_never_send_a_recipient_twice(string provider)
    {
        await using var instances = new TwoInstances(new Dictionary<string, string?> { ["Broadcasts:BatchSize"] = "20" }, TimeSpan.FromMilliseconds(5), provider);
        var recipients = Enumerable.Range(1, 300).Select(i => $"m-{i:D3}").ToList();
        foreach (var psid in recipients)
        {
            await instances.First.AddSubscriberAsync("messenger", psid, TimeSpan.FromHours(1));
        }

        var id = await instances.First.ApprovedCampaignAsync(instances.First.DueNow());
        await Eventually.HoldsAsync(() => instances.First.StatsAsync(id).GetAwaiter().GetResult().Sent == recipients.Count, "every recipient is sent", 60_000);

        Assert.Equal(recipients, instances.Graph.Attempts.Select(c => c.RecipientId).Order());
        var senders = await instances.SendersAsync(id);
        Assert.True(senders == 2, $"both instances should have sent part of the campaign; {senders} did");
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Two_instances_together_keep_to_one_channel_rate(string provider)
    {
        const int recipients = 80, perSecond = 20;
        await using var instances = new TwoInstances(new Dictionary<string, string?>
        {
            ["Broadcasts:MessagesPerSecond:messenger"] = perSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Broadcasts:BatchSize"] = "10",
        }, provider: provider);
        foreach (var i in Enumerable.Range(1, recipients))
        {
            await instances.First.AddSubscriberAsync("messenger", $"m-{i:D3}", TimeSpan.FromHours(1));
        }

        var id = await instances.First.ApprovedCampaignAsync(instances.First.DueNow());
        await Eventually.HoldsAsync(() => instances.Graph.Delivered.Count == recipients, "every recipient is sent", 60_000);

        // Each instance alone keeps to 20/s, so without a shared count the two would send about 40 in a second.
        var perSecondSeen = instances.Graph.Attempts.GroupBy(c => c.At.ToUnixTimeSeconds()).OrderBy(g => g.Key).Select(g => g.Count()).ToList();
        Assert.True(perSecondSeen.Max() <= 30, $"messages arriving per second: {string.Join(", ", perSecondSeen)}; the limit is {perSecond}");
        Assert.True(perSecondSeen.Count >= recipients / perSecond, $"{recipients} messages arrived within {perSecondSeen.Count} seconds");
        Assert.Equal(2, await instances.SendersAsync(id));
    }
}
