using CdsBot.Broadcasts;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Observability;

/// <summary>The host's counters and gauges move with what the host does, and only then.</summary>
public sealed class CdsBotMetricsTests
{
    [Fact]
    public async Task A_question_on_zalo_counts_the_ack_the_stored_event_the_turn_the_retrieval_and_the_send()
    {
        await using var bot = ZaloBot.Start();
        using var metrics = new MetricRecorder(bot.Host.Services, RetrievalMetrics.MeterName);

        await bot.Events.PostSignedAsync(bot.Events.Text("metrics-1", "nghị quyết 57 ban hành ngày nào"));

        await Eventually.HoldsAsync(() => !bot.StandIn.Delivered.IsEmpty, "the reply at the stand-in");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Equal(1, metrics.Sum("cdsbot.webhook.acks", ("channel", "zalo"), ("status", 200)));
        Assert.Equal(1, metrics.Sum("cdsbot.inbox.enqueued", ("channel", "zalo"), ("outcome", "stored")));
        Assert.Equal(1, metrics.Sum("cdsbot.turns", ("channel", "zalo"), ("intent", "faq")));
        Assert.Single(metrics.Matching("cdsbot.turn.duration", ("channel", "zalo")));
        Assert.Equal(bot.StandIn.Delivered.Count, metrics.Sum("cdsbot.sends", ("channel", "zalo"), ("outcome", "sent"), ("code", "0")));
        Assert.NotEmpty(metrics.Matching("cdsbot.retrieval.duration", ("index", "faq")));
    }

    [Fact]
    public async Task A_redelivered_event_and_a_forged_one_are_counted_apart_from_a_stored_one()
    {
        await using var bot = ZaloBot.Start(processing: false);
        using var metrics = new MetricRecorder(bot.Host.Services);
        var zaloEvent = bot.Events.Text("metrics-2", "menu");

        await bot.Events.PostSignedAsync(zaloEvent);
        await bot.Events.PostSignedAsync(zaloEvent);
        await bot.Events.PostAsync(zaloEvent.ToJsonString(), signature: null);

        Assert.Equal(1, metrics.Sum("cdsbot.inbox.enqueued", ("outcome", "stored")));
        Assert.Equal(1, metrics.Sum("cdsbot.inbox.enqueued", ("outcome", "duplicate")));
        Assert.Equal(2, metrics.Sum("cdsbot.webhook.acks", ("channel", "zalo"), ("status", 200)));
        Assert.Equal(1, metrics.Sum("cdsbot.webhook.acks", ("channel", "zalo"), ("status", 401)));
    }

    [Fact]
    public async Task A_send_the_platform_refuses_is_counted_as_failed_with_the_platforms_code()
    {
        await using var bot = ZaloBot.Start();
        using var metrics = new MetricRecorder(bot.Host.Services);
        bot.StandIn.FailNextWithError(-213, "User has not followed OA");

        await bot.Events.PostSignedAsync(bot.Events.Text("metrics-3", "menu"));

        await Eventually.HoldsAsync(() => bot.StandIn.Attempts.Count == 1, "one attempt");
        await Eventually.DrainedAsync(bot.Host.Services);
        Assert.Equal(1, metrics.Sum("cdsbot.sends", ("channel", "zalo"), ("outcome", "failed"), ("code", "-213")));
        Assert.Equal(0, metrics.Sum("cdsbot.sends", ("outcome", "sent")));
    }

    [Fact]
    public async Task The_inbox_gauges_read_the_backlog_as_it_stands()
    {
        await using var bot = ZaloBot.Start(processing: false);
        using var metrics = new MetricRecorder(bot.Host.Services);
        metrics.Observe();
        Assert.Equal(0, metrics.Matching("cdsbot.inbox.pending").Last().Value);

        await bot.Events.PostSignedAsync(bot.Events.Text("metrics-4", "menu"));
        await bot.Events.PostSignedAsync(bot.Events.Text("metrics-5", "menu"));
        metrics.Observe();

        Assert.Equal(2, metrics.Matching("cdsbot.inbox.pending").Last().Value);
        Assert.InRange(metrics.Matching("cdsbot.inbox.oldest_age").Last().Value, 0, 60);
    }

    [Fact]
    public async Task A_campaign_round_counts_each_recipients_delivery_by_channel_and_status()
    {
        await using var bot = BroadcastBot.Start();
        using var metrics = new MetricRecorder(bot.Services);
        await bot.AddSubscriberAsync("messenger", "m-open", TimeSpan.FromHours(1));
        await bot.AddSubscriberAsync("messenger", "m-closed", TimeSpan.FromHours(25));
        await bot.AddSubscriberAsync("zalo", "z-open", TimeSpan.FromHours(1));
        await bot.ApprovedCampaignAsync(bot.DueNow());

        await bot.RunRoundAsync();

        Assert.Equal(1, metrics.Sum("cdsbot.broadcast.deliveries", ("channel", "messenger"), ("status", DeliveryStatus.Sent)));
        Assert.Equal(1, metrics.Sum("cdsbot.broadcast.deliveries", ("channel", "messenger"), ("status", DeliveryStatus.Deferred)));
        Assert.Equal(1, metrics.Sum("cdsbot.broadcast.deliveries", ("channel", "zalo"), ("status", DeliveryStatus.Sent)));
    }

    [Fact]
    public async Task Model_calls_and_fact_guard_refusals_are_counted()
    {
        await using var model = new ChatModelStandIn();
        // The reply adds a fact the curated answer does not state, so the fact guard refuses it.
        model.Respond = call => ChatModelStandIn.ModelReply.Text(call.CuratedAnswer + " Năm nay có 63 tỉnh tham gia.");
        using var host = new BotHost(settings: new Dictionary<string, string?>
        {
            ["Llm:Enabled"] = "true",
            ["Llm:Endpoint"] = model.BaseUrl,
            ["Llm:ApiKey"] = ChatModelStandIn.Key,
            ["Llm:Deployment"] = ChatModelStandIn.Deployment,
            ["Llm:TimeoutMilliseconds"] = "30000",
        });
        using var metrics = new MetricRecorder(host.Services);

        var answer = await new ChatClient(host.CreateClient(), "c-metrics-6", "u-metrics-6").SayAsync("cho tôi hỏi ngày chuyển đổi số là ngày nào vậy");

        Assert.Equal("fallback", answer.GetProperty("trace").GetProperty("rephrase").GetString());
        Assert.Equal(model.Calls.Count, metrics.Sum("cdsbot.llm.calls"));
        Assert.Equal(1, metrics.Sum("cdsbot.llm.guard_refusals", ("reason", "fact guard")));
        Assert.Equal(1, metrics.Sum("cdsbot.turns", ("channel", "webchat")));
    }
}
