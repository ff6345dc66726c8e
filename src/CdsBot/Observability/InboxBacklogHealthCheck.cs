using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CdsBot.Observability;

/// <summary>Unhealthy while the inbox holds more unprocessed events, or an older one, than <see cref="ReadinessOptions"/> allows.</summary>
public sealed class InboxBacklogHealthCheck(InboxBacklog backlog, IOptionsMonitor<ReadinessOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var limits = options.CurrentValue;
        var now = await backlog.ReadAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["pending"] = now.Pending,
            ["oldestAgeSeconds"] = Math.Round(now.OldestAge.TotalSeconds, 1),
            ["maxPending"] = limits.MaxPendingEvents,
            ["maxAgeSeconds"] = limits.MaxPendingAgeSeconds,
        };
        if (now.Pending > limits.MaxPendingEvents)
        {
            return HealthCheckResult.Unhealthy($"{now.Pending} inbox events wait, more than {limits.MaxPendingEvents}.", data: data);
        }

        return now.OldestAge.TotalSeconds > limits.MaxPendingAgeSeconds
            ? HealthCheckResult.Unhealthy($"The oldest inbox event has waited {now.OldestAge.TotalSeconds:0} s, more than {limits.MaxPendingAgeSeconds} s.", data: data)
            : HealthCheckResult.Healthy($"{now.Pending} inbox events wait.", data);
    }
}
