using CdsBot.Observability;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// Hands out each OA's access token and refreshes it ahead of expiry, or when Zalo says it is invalid. The refresh token
/// is single-use, so a refresh is never run twice at once: one in-process gate per OA, and across instances a lease on
/// the OA's token row. The new pair is stored (replacing only the version that was read) before it is used. The row read
/// is kept for a second (<see cref="ReadKeptMilliseconds"/>) rather than read again for every message sent: a token
/// another instance has just replaced is still used that long, and if Zalo refuses it, the refresh reads the new one.
/// </summary>
public sealed class ZaloTokenManager(
    IDbContextFactory<CdsBotDbContext> contexts,
    ZaloApiClient api,
    IOptions<ZaloOptions> options,
    ChannelTokenHealth health,
    TimeProvider time,
    ILogger<ZaloTokenManager> logger) : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> _gates = new();
    private readonly string _owner = Guid.NewGuid().ToString("N");
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ZaloTokenRecord Row, long ReadAt)> _read = new();

    /// <summary>How long a token row read is used before it is read again (monotonic time, not the injected clock: it only saves reads).</summary>
    public const long ReadKeptMilliseconds = 1000;

    public void Dispose()
    {
        foreach (var gate in _gates.Values)
        {
            gate.Dispose();
        }
    }

    /// <summary>A token of <paramref name="account"/> valid for a while yet.</summary>
    public async Task<string> GetAccessTokenAsync(ZaloAccount account, CancellationToken cancellationToken)
    {
        var current = _read.TryGetValue(account.TokenKey, out var kept) && Environment.TickCount64 - kept.ReadAt < ReadKeptMilliseconds
            ? kept.Row
            : await LoadAsync(account, cancellationToken);
        var margin = options.Value.TokenRefreshMarginSeconds * 1000L;
        return current.ExpiresAtMs - margin > Now ? current.AccessToken : await RefreshAsync(account, current.AccessToken, cancellationToken);
    }

    /// <summary>Zalo refused <paramref name="staleToken"/> of <paramref name="account"/>: a fresh token (refreshing unless someone already did).</summary>
    public async Task<string> RefreshAsync(ZaloAccount account, string staleToken, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(account.TokenKey, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var current = await LoadAsync(account, cancellationToken);
                if (current.AccessToken != staleToken && current.ExpiresAtMs - (options.Value.TokenRefreshMarginSeconds * 1000L) > Now)
                {
                    return current.AccessToken;
                }

                if (await TryLeaseAsync(account, current.Version, cancellationToken))
                {
                    return await RefreshHoldingLeaseAsync(account, current, cancellationToken);
                }

                // Another instance is refreshing; its new pair will appear in the row.
                await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken);
            }

            throw new TimeoutException($"The access token of Zalo OA {account.Id} could not be refreshed: another instance held the refresh for too long.");
        }
        finally
        {
            gate.Release();
        }
    }

    private long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task<string> RefreshHoldingLeaseAsync(ZaloAccount account, ZaloTokenRecord current, CancellationToken cancellationToken)
    {
        ZaloTokenResponse fresh;
        try
        {
            fresh = await api.RefreshAsync(account, current.RefreshToken, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            health.Failed(ZaloWebhookApi.Channel, $"the access token of OA {account.Id} could not be refreshed ({ex.GetType().Name}); the OA may need re-authorisation");
            throw;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.ZaloTokens
            .Where(t => t.Account == account.TokenKey && t.Version == current.Version)
            .ExecuteUpdateAsync(
                t => t.SetProperty(x => x.AccessToken, fresh.AccessToken)
                    .SetProperty(x => x.RefreshToken, fresh.RefreshToken)
                    .SetProperty(x => x.ExpiresAtMs, Now + (fresh.ExpiresInSeconds * 1000L))
                    .SetProperty(x => x.Version, current.Version + 1)
                    .SetProperty(x => x.RefreshLeaseUntilMs, 0L)
                    .SetProperty(x => x.RefreshLeaseOwner, (string?)null),
                cancellationToken);
        if (stored == 0)
        {
            // Cannot happen while we hold the lease; if it does, the new refresh token must not be lost silently.
            logger.LogCritical("A refreshed token pair of Zalo OA {Account} could not be stored; the OA may need re-authorisation. New refresh token ends …{Tail}", account.Id, fresh.RefreshToken[^4..]);
            throw new InvalidOperationException("The refreshed Zalo token pair could not be stored.");
        }

        Keep(new ZaloTokenRecord
        {
            Account = account.TokenKey, AccessToken = fresh.AccessToken, RefreshToken = fresh.RefreshToken, ExpiresAtMs = Now + (fresh.ExpiresInSeconds * 1000L),
            Version = current.Version + 1,
        }, Environment.TickCount64);
        health.Worked(ZaloWebhookApi.Channel);
        logger.LogInformation("Access token of Zalo OA {Account} refreshed; valid for {Seconds} s", account.Id, fresh.ExpiresInSeconds);
        return fresh.AccessToken;
    }

    private async Task<bool> TryLeaseAsync(ZaloAccount account, long version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = Now;
        return await db.ZaloTokens
            .Where(t => t.Account == account.TokenKey && t.Version == version && t.RefreshLeaseUntilMs <= now)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RefreshLeaseUntilMs, now + 30_000).SetProperty(x => x.RefreshLeaseOwner, _owner), cancellationToken) == 1;
    }

    /// <summary>The OA's token row as stored now (and kept for <see cref="ReadKeptMilliseconds"/>), created from its configured pair the first time.</summary>
    private async Task<ZaloTokenRecord> LoadAsync(ZaloAccount account, CancellationToken cancellationToken)
    {
        var readAt = Environment.TickCount64;
        var row = await ReadAsync(account, cancellationToken);
        Keep(row, readAt);
        return row;
    }

    /// <summary>Keeps <paramref name="row"/> unless a newer version is kept already (a read that began before a refresh may end after it).</summary>
    private void Keep(ZaloTokenRecord row, long readAt) =>
        _read.AddOrUpdate(row.Account, (row, readAt), (_, kept) => kept.Row.Version > row.Version ? kept : (row, readAt));

    private async Task<ZaloTokenRecord> ReadAsync(ZaloAccount account, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = account.TokenKey;
        var row = await TokenOf.For(db)(db, key, cancellationToken);
        if (row is not null)
        {
            return row;
        }

        var lifetimeMs = options.Value.ConfiguredTokenLifetimeSeconds * 1000L;
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO zalo_tokens ("Account", "AccessToken", "RefreshToken", "ExpiresAtMs", "Version", "RefreshLeaseUntilMs")
             VALUES ({key}, {account.AccessToken}, {account.RefreshToken}, {Now + lifetimeMs}, 1, 0)
             ON CONFLICT ("Account") DO NOTHING
             """,
            cancellationToken);
        return await TokenOf.For(db)(db, key, cancellationToken) ?? throw new InvalidOperationException($"The token row of {key} is missing after its insert.");
    }

    // Compiled once: every send reads the token (see CompiledQuery).
    private static readonly CompiledQuery<Func<CdsBotDbContext, string, CancellationToken, Task<ZaloTokenRecord?>>> TokenOf =
        new(() => EF.CompileAsyncQuery((CdsBotDbContext db, string key, CancellationToken _) => db.ZaloTokens.AsNoTracking().SingleOrDefault(t => t.Account == key)));
}
