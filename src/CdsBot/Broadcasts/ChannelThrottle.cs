using System.Threading.RateLimiting;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Broadcasts;

/// <summary>
/// Keeps each channel under its configured rate: a token bucket smooths this instance's sends, and a per-second count
/// in the database caps all instances together (two hosts on one Page must not add up to twice the rate).
/// </summary>
public sealed class ChannelThrottle : IDisposable
{
    private readonly Dictionary<string, (RateLimiter Local, int PerSecond)> _limits = new(StringComparer.OrdinalIgnoreCase);
    private readonly IDbContextFactory<CdsBotDbContext> _contexts;
    private readonly TimeProvider _time;

    public ChannelThrottle(IOptions<BroadcastOptions> options, IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time)
    {
        (_contexts, _time) = (contexts, time);
        foreach (var (channel, perSecond) in options.Value.MessagesPerSecond.Where(r => r.Value > 0))
        {
            // Refill every 50 ms keeps the flow smooth; a bucket of one tick's worth allows no burst above the rate.
            var perTick = Math.Max(1, (int)Math.Round(perSecond / 20));
            var local = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = perTick,
                TokensPerPeriod = perTick,
                ReplenishmentPeriod = TimeSpan.FromSeconds(perTick / perSecond),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
            _limits[channel] = (local, Math.Max(1, (int)Math.Floor(perSecond)));
        }
    }

    /// <summary>Waits until <paramref name="channel"/> may send one more message.</summary>
    public async ValueTask WaitAsync(string channel, CancellationToken cancellationToken)
    {
        if (!_limits.TryGetValue(channel, out var limit))
        {
            return;
        }

        using (await limit.Local.AcquireAsync(1, cancellationToken))
        {
        }

        while (!await TryTakeAsync(channel, limit.PerSecond, cancellationToken))
        {
            var now = _time.GetUtcNow();
            await Task.Delay(TimeSpan.FromMilliseconds(1000 - now.Millisecond + Random.Shared.Next(0, 20)), cancellationToken);
        }
    }

    /// <summary>Counts one send in the current second if the channel's rate leaves room for it.</summary>
    private async Task<bool> TryTakeAsync(string channel, int perSecond, CancellationToken cancellationToken)
    {
        var second = _time.GetUtcNow().ToUnixTimeSeconds();
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO send_windows (Channel, Second, Count) VALUES ({channel}, {second}, 1) ON CONFLICT (Channel, Second) DO UPDATE SET Count = Count + 1 WHERE Count < {perSecond}",
            cancellationToken) == 1;
    }

    public void Dispose()
    {
        foreach (var (local, _) in _limits.Values)
        {
            local.Dispose();
        }
    }
}
