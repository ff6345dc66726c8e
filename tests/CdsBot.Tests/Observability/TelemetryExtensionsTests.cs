using System.Net;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Observability;

/// <summary>/metrics exists only when Prometheus scraping is switched on, and then serves the host's metrics as Prometheus text.</summary>
public sealed class TelemetryExtensionsTests
{
    [Fact]
    public async Task Metrics_are_not_served_by_default()
    {
        using var host = new BotHost();

        using var response = await host.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_prometheus_enabled_metrics_serves_the_hosts_instruments_as_prometheus_text()
    {
        using var host = new BotHost(settings: new Dictionary<string, string?> { ["Telemetry:Prometheus:Enabled"] = "true" });
        using var http = host.CreateClient();

        await new ChatClient(http, "c-prometheus", "u-prometheus").SayAsync("menu");

        var text = "";
        await Eventually.HoldsAsync(
            async () => (text = await http.GetStringAsync("/metrics")).Contains("cdsbot_turns_total{", StringComparison.Ordinal),
            "the turn counter on /metrics");
        using var response = await http.GetAsync("/metrics");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE cdsbot_turns_total counter", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE cdsbot_inbox_pending gauge", text, StringComparison.Ordinal);
        Assert.Matches(@"cdsbot_turns_total\{[^}]*channel=""webchat""", text);
    }
}
