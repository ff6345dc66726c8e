using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CdsBot.Observability;

/// <summary>
/// Degraded while a channel's platform token does not work. Not unhealthy: every instance shares the token, and taking
/// them all out of rotation would stop the webhooks too, while the inbox keeps the events until the token is replaced.
/// </summary>
public sealed class ChannelTokenHealthCheck(ChannelTokenHealth tokens) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = tokens.Problems.ToDictionary(p => p.Key, p => (object)p.Value);
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("Every channel's token worked when last used.")
            : HealthCheckResult.Degraded($"Token problem on {string.Join(", ", problems.Keys.Order())}.", data: problems));
    }
}
