using CdsBot.Observability;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// Hands out the OA access token and refreshes it ahead of expiry, or when Zalo says it is invalid. The refresh token
/// is single-use, so a refresh is never run twice at once: one in-process gate, and across instances a lease on the
/// token row. The new pair is stored (replacing only the version that was read) before it is used.
/// </summary>
public sealed class ZaloTokenManager(
    IDbContextFactory<CdsBotDbContext> contexts,
    ZaloApiClient api,
    IOptions<ZaloOptions> options,
    ChannelTokenHealth health,
    TimeProvider time,
    ILogger<ZaloTokenManager> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _owner = Guid.NewGuid().ToString("N");

    public void Dispose() => _gate.Dispose();

    /// <summary>A token valid for a while yet.</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var current = await LoadAsync(cancellationToken);
        var margin = options.Value.TokenRefreshMarginSeconds * 1000L;
        return current.ExpiresAtMs - margin > Now ? current.AccessToken : await RefreshAsync(current.AccessToken, cancellationToken);
    }

    /// <summary>Zalo refused <paramref name="staleToken"/>: a fresh token (refreshing unless someone already did).</summary>
    public async Task<string> RefreshAsync(string staleToken, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var current = await LoadAsync(cancellationToken);
                if (current.AccessToken != staleToken && current.ExpiresAtMs - (options.Value.TokenRefreshMarginSeconds * 1000L) > Now)
                {
                    return current.AccessToken;
                }

                if (await TryLeaseAsync(current.Version, cancellationToken))
                {
                    return await RefreshHoldingLeaseAsync(current, cancellationToken);
                }

                // Another instance is refreshing; its new pair will appear in the row.
                await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken);
            }

            throw new TimeoutException("The Zalo access token could not be refreshed: another instance held the refresh for too long.");
        }
        finally
        {
            _gate.Release();
        }
    }

    private long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task<string> RefreshHoldingLeaseAsync(ZaloTokenRecord current, CancellationToken cancellationToken)
    {
        ZaloTokenResponse fresh;
        try
        {
            fresh = await api.RefreshAsync(current.RefreshToken, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            health.Failed(ZaloWebhookApi.Channel, $"the access token could not be refreshed ({ex.GetType().Name}); the OA may need re-authorisation");
            throw;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.ZaloTokens
            .Where(t => t.Id == 1 && t.Version == current.Version)
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
            logger.LogCritical("A refreshed Zalo token pair could not be stored; the OA may need re-authorisation. New refresh token ends …{Tail}", fresh.RefreshToken[^4..]);
            throw new InvalidOperationException("The refreshed Zalo token pair could not be stored.");
        }

        health.Worked(ZaloWebhookApi.Channel);
        logger.LogInformation("Zalo access token refreshed; valid for {Seconds} s", fresh.ExpiresInSeconds);
        return fresh.AccessToken;
    }

    private async Task<bool> TryLeaseAsync(long version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = Now;
        return await db.ZaloTokens
            .Where(t => t.Id == 1 && t.Version == version && t.RefreshLeaseUntilMs <= now)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RefreshLeaseUntilMs, now + 30_000).SetProperty(x => x.RefreshLeaseOwner, _owner), cancellationToken) == 1;
    }

    private async Task<ZaloTokenRecord> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ZaloTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == 1, cancellationToken);
        if (row is not null)
        {
            return row;
        }

        var zalo = options.Value;
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO zalo_tokens ("Id", "AccessToken", "RefreshToken", "ExpiresAtMs", "Version", "RefreshLeaseUntilMs")
             VALUES (1, {zalo.AccessToken}, {zalo.RefreshToken}, {Now + (zalo.ConfiguredTokenLifetimeSeconds * 1000L)}, 1, 0)
             ON CONFLICT ("Id") DO NOTHING
             """,
            cancellationToken);
        return await db.ZaloTokens.AsNoTracking().SingleAsync(t => t.Id == 1, cancellationToken);
    }
}
