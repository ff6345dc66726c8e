using System.Net;
using System.Text.Json;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Observability;

/// <summary>
/// /healthz/ready says whether this instance keeps up (database, inbox backlog, channel tokens); /healthz/live only
/// that the process answers; /healthz answers as it always has.
/// </summary>
public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Ready_turns_unhealthy_when_more_events_wait_than_allowed_and_healthy_again_once_drained()
    {
        await using var inbox = InboxHost.Start(settings: new Dictionary<string, string?> { ["Readiness:MaxPendingEvents"] = "1" });
        using var http = inbox.Host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz/ready")).StatusCode);

        await inbox.ReceiveTextAsync("ready-1", "menu");
        await inbox.ReceiveTextAsync("ready-2", "menu");

        var (status, report) = await ReadyAsync(http);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", report.GetProperty("checks").GetProperty("inbox").GetProperty("status").GetString());
        Assert.Equal(2, report.GetProperty("checks").GetProperty("inbox").GetProperty("data").GetProperty("pending").GetInt32());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", await http.GetStringAsync("/healthz"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz/live")).StatusCode);

        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);

        (status, report) = await ReadyAsync(http);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_turns_unhealthy_when_the_oldest_event_has_waited_too_long()
    {
        await using var inbox = InboxHost.Start(settings: new Dictionary<string, string?> { ["Readiness:MaxPendingAgeSeconds"] = "60" });
        using var http = inbox.Host.CreateClient();
        await inbox.ReceiveTextAsync("ready-3", "menu");
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(http)).Status);

        inbox.Time.Advance(TimeSpan.FromSeconds(90));

        var (status, report) = await ReadyAsync(http);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(90, report.GetProperty("checks").GetProperty("inbox").GetProperty("data").GetProperty("oldestAgeSeconds").GetDouble());
        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(http)).Status);
    }

    [Fact]
    public async Task A_refused_messenger_token_degrades_readiness_until_a_send_works_again()
    {
        await using var bot = MessengerBot.Start();
        using var http = bot.Host.CreateClient();
        bot.Graph.FailNext(400, 190);

        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("psid-ready-1", "menu")]));
        await Eventually.HoldsAsync(() => bot.Graph.Attempts.Count == 1, "the refused attempt");
        await Eventually.DrainedAsync(bot.Host.Services);

        var (status, report) = await ReadyAsync(http);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Contains("190", report.GetProperty("checks").GetProperty("channel-tokens").GetProperty("data").GetProperty("messenger").GetString(), StringComparison.Ordinal);

        await bot.PostSignedAsync(MessengerBot.Delivery([MessengerBot.Text("psid-ready-1", "menu")]));
        await Eventually.HoldsAsync(() => !bot.Graph.Delivered.IsEmpty, "a delivered reply");
        await Eventually.DrainedAsync(bot.Host.Services);

        Assert.Equal("Healthy", (await ReadyAsync(http)).Report.GetProperty("status").GetString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Report)> ReadyAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/healthz/ready");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
