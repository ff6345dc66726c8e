using CdsBot.Admin.Campaigns;
using CdsBot.Broadcasts;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Broadcasts;

/// <summary>Campaigns start at their scheduled time in Vietnam (UTC+7), read from the host's clock.</summary>
public sealed class CampaignScheduleTests
{
    [Fact]
    public async Task The_10_10_template_fires_at_8_00_Vietnam_time_and_not_a_minute_before()
    {
        // 00:58 UTC on 10 October = 07:58 in Hà Nội.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 10, 10, 0, 58, 0, TimeSpan.Zero));
        await using var bot = BroadcastBot.Start(time: time);
        await bot.AddSubscriberAsync("messenger", "m-1", TimeSpan.FromHours(2), topics: ["ngay-cds"]);
        var template = CampaignTemplates.DigitalTransformationDay(time);
        Assert.Equal("2026-10-10T08:00", template.ScheduledAt);
        var id = await bot.ApprovedCampaignAsync(template);

        await bot.RunRoundAsync();
        time.Advance(TimeSpan.FromSeconds(119));
        await bot.RunRoundAsync();
        Assert.Empty(bot.Graph.Attempts);
        Assert.Equal(CampaignStatus.Approved, (await bot.Services.GetRequiredService<CampaignWorkflow>().FindAsync(id, CancellationToken.None))!.Status);

        time.Advance(TimeSpan.FromSeconds(1));
        await bot.RunRoundAsync();

        var sent = Assert.Single(bot.Graph.Delivered);
        Assert.Contains("505/QĐ-TTg", sent.Body["message"]!["attachment"]!["payload"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var campaign = (await bot.Services.GetRequiredService<CampaignWorkflow>().FindAsync(id, CancellationToken.None))!;
        Assert.Equal(CampaignStatus.Completed, campaign.Status);
        Assert.Equal(new DateTimeOffset(2026, 10, 10, 8, 0, 0, TimeSpan.FromHours(7)), campaign.StartedAt);
    }

    [Fact]
    public void After_10_October_the_template_points_to_next_year()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

        var template = CampaignTemplates.DigitalTransformationDay(time);

        Assert.Equal("2027-10-10T08:00", template.ScheduledAt);
        Assert.Equal("2027-10-17T08:00", template.ExpiresAt);
        Assert.Contains("Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ", template.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paused_campaign_sends_nothing_until_resumed()
    {
        await using var bot = BroadcastBot.Start();
        await bot.AddSubscriberAsync("messenger", "m-1", TimeSpan.FromHours(1));
        var workflow = bot.Services.GetRequiredService<CampaignWorkflow>();
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        await bot.Services.GetRequiredService<AudienceBuilder>().StartAsync(id, CancellationToken.None);
        Assert.Equal(CampaignStatus.Paused, (await workflow.PauseAsync(id, "publisher", CancellationToken.None)).Value?.Status);

        await bot.RunRoundAsync();
        Assert.Empty(bot.Graph.Attempts);

        await workflow.ResumeAsync(id, "publisher", CancellationToken.None);
        await bot.RunRoundAsync();
        Assert.Single(bot.Graph.Delivered);
    }

    [Fact]
    public async Task Pausing_mid_campaign_stops_sending_within_the_sends_in_flight_and_resuming_finishes_it_once_each()
    {
        await using var bot = BroadcastBot.Start(worker: true, settings: new Dictionary<string, string?>
        {
            ["Broadcasts:MessagesPerSecond:messenger"] = "10",
            ["Broadcasts:Concurrency"] = "2",
        });
        foreach (var i in Enumerable.Range(1, 40))
        {
            await bot.AddSubscriberAsync("messenger", $"m-{i:D2}", TimeSpan.FromHours(1));
        }

        var workflow = bot.Services.GetRequiredService<CampaignWorkflow>();
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());
        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Count >= 5, "the campaign is under way", 30_000);
        await workflow.PauseAsync(id, "publisher", CancellationToken.None);
        await Eventually.HoldsAsync(() => bot.LedgerAsync(id).GetAwaiter().GetResult().All(d => d.Status is not (DeliveryStatus.Sending or DeliveryStatus.Claimed)), "the sends in flight finish");
        var whenPaused = bot.Graph.Attempts.Count;
        await bot.RunRoundAsync(); // a whole round of the worker's own code, run after the pause: it must find nothing to send

        Assert.Equal(whenPaused, bot.Graph.Attempts.Count);
        Assert.True(whenPaused < 40, "the campaign finished before the pause; nothing was tested");

        await workflow.ResumeAsync(id, "publisher", CancellationToken.None);
        await Eventually.HoldsAsync(() => bot.Graph.Delivered.Count == 40, "the resumed campaign finishes", 30_000);
        Assert.Equal(40, bot.Graph.Delivered.Select(c => c.RecipientId).Distinct().Count());
    }
}
