using System.Threading.RateLimiting;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Broadcasts;

/// <summary>
/// Keeps each sender — a channel's account (a Zalo OA, a Messenger Page), or the channel where it has none — under the
/// channel's configured rate: a token bucket smooths this instance's sends, and a per-second count in the database caps
/// all instances together (two hosts on one Page must not add up to twice the rate). A sender the platform reports as
/// over its rate is paused on this instance; the channel's other accounts go on.
/// </summary>
public sealed class ChannelThrottle : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (RateLimiter Local, int PerSecond)> _limits = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, double> _rates;
    private readonly IDbContextFactory<CdsBotDbContext> _contexts;
    private readonly TimeProvider _time;

    public ChannelThrottle(IOptions<BroadcastOptions> options, IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time)
    {
        (_contexts, _time) = (contexts, time);
        _rates = new(options.Value.MessagesPerSecond.Where(r => r.Value > 0), StringComparer.OrdinalIgnoreCase);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The key a sender is counted and paused under: "channel:account", or the channel where it has no accounts.</summary>
    public static string SenderKey(string channel, string? account) => account is null ? channel : $"{channel}:{account}";

    /// <summary>Holds every send of <paramref name="channel"/>'s <paramref name="account"/> back for <paramref name="duration"/> (the platform said it is over its rate).</summary>
    public void Pause(string channel, string? account, TimeSpan duration)
    {
        var until = _time.GetUtcNow() + duration;
        _pausedUntil.AddOrUpdate(SenderKey(channel, account), until, (_, current) => current > until ? current : until);
    }

    /// <summary>Waits until <paramref name="channel"/>'s <paramref name="account"/> may send one more message.</summary>
    public async ValueTask WaitAsync(string channel, string? account, CancellationToken cancellationToken)
    {
        var sender = SenderKey(channel, account);
        while (_pausedUntil.TryGetValue(sender, out var until) && until - _time.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, cancellationToken);
        }

        if (!_rates.TryGetValue(channel, out var perSecond))
        {
            return;
        }

        var limit = _limits.GetOrAdd(sender, _ => NewLimit(perSecond));

        // The local bucket is passed before every try, so senders that waited for the next second do not all go at once.
        while (true)
        {
            using (await limit.Local.AcquireAsync(1, cancellationToken))
            {
            }

            if (await TryTakeAsync(sender, limit.PerSecond, cancellationToken))
            {
                return;
            }

            var now = _time.GetUtcNow();
            await Task.Delay(TimeSpan.FromMilliseconds(1000 - now.Millisecond + Random.Shared.Next(0, 50)), cancellationToken);
        }
    }

    private static (RateLimiter Local, int PerSecond) NewLimit(double perSecond)
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
        return (local, Math.Max(1, (int)Math.Floor(perSecond)));
    }

    /// <summary>Counts one send of <paramref name="channel"/> (a sender key) in the current second if its rate leaves room for it.</summary>
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
