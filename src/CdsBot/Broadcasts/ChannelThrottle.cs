using System.Threading.RateLimiting;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Broadcasts;

/// <summary>
/// Keeps each channel under its configured rate: a token bucket smooths this instance's sends, and a per-second count
/// in the database caps all instances together (two hosts on one Page must not add up to twice the rate). A channel
/// the platform reports as over its rate is paused on this instance.
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

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Holds every send on <paramref name="channel"/> back for <paramref name="duration"/> (the platform said it is over its rate).</summary>
    public void Pause(string channel, TimeSpan duration)
    {
        var until = _time.GetUtcNow() + duration;
        _pausedUntil.AddOrUpdate(channel, until, (_, current) => current > until ? current : until);
    }

    /// <summary>Waits until <paramref name="channel"/> may send one more message.</summary>
    public async ValueTask WaitAsync(string channel, CancellationToken cancellationToken)
    {
        while (_pausedUntil.TryGetValue(channel, out var until) && until - _time.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, cancellationToken);
        }

        if (!_limits.TryGetValue(channel, out var limit))
        {
            return;
        }

        // The local bucket is passed before every try, so senders that waited for the next second do not all go at once.
        while (true)
        {
            using (await limit.Local.AcquireAsync(1, cancellationToken))
            {
            }

            if (await TryTakeAsync(channel, limit.PerSecond, cancellationToken))
            {
                return;
            }

            var now = _time.GetUtcNow();
            await Task.Delay(TimeSpan.FromMilliseconds(1000 - now.Millisecond + Random.Shared.Next(0, 50)), cancellationToken);
        }
    }

    /// <summary>Counts one send in the current second if the channel's rate leaves room for it.</summary>
    private async Task<bool> TryTakeAsync(string channel, int perSecond, CancellationToken cancellationToken)
    {
        var second = _time.GetUtcNow().ToUnixTimeSeconds();
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
             INSERT INTO send_windows ("Channel", "Second", "Count") VALUES ({channel}, {second}, 1)
             ON CONFLICT ("Channel", "Second") DO UPDATE SET "Count" = send_windows."Count" + 1 WHERE send_windows."Count" < {perSecond}
             """,
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
