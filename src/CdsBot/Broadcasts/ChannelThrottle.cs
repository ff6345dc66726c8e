using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CdsBot.Broadcasts;

/// <summary>A token bucket per channel, so a campaign never sends faster than the channel's configured rate from this instance.</summary>
public sealed class ChannelThrottle : IDisposable
{
    private readonly Dictionary<string, RateLimiter> _limiters = new(StringComparer.OrdinalIgnoreCase);

    public ChannelThrottle(IOptions<BroadcastOptions> options)
    {
        foreach (var (channel, perSecond) in options.Value.MessagesPerSecond.Where(r => r.Value > 0))
        {
            // Refill every 50 ms keeps the flow smooth; a bucket of one tick's worth allows no burst above the rate.
            var perTick = Math.Max(1, (int)Math.Round(perSecond / 20));
            _limiters[channel] = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = perTick,
                TokensPerPeriod = perTick,
                ReplenishmentPeriod = TimeSpan.FromSeconds(perTick / perSecond),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        }
    }

    /// <summary>Waits until <paramref name="channel"/> may send one more message.</summary>
    public async ValueTask WaitAsync(string channel, CancellationToken cancellationToken)
    {
        if (_limiters.TryGetValue(channel, out var limiter))
        {
            using var lease = await limiter.AcquireAsync(1, cancellationToken);
        }
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
