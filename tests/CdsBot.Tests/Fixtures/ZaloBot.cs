using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Fixtures;

/// <summary>The bot with its Zalo channel configured against a <see cref="ZaloStandIn"/>.</summary>
public sealed class ZaloBot : IAsyncDisposable
{
    public const string AppId = "zalo-app";
    public const string OaSecret = "oa-secret-key";

    private ZaloBot(ZaloStandIn standIn, BotHost host)
    {
        StandIn = standIn;
        Host = host;
        Events = new ZaloEvents(host.CreateClient(), AppId, OaSecret, TimeProvider.System);
    }

    public ZaloStandIn StandIn { get; }

    public BotHost Host { get; }

    public ZaloEvents Events { get; }

    /// <param name="services">Replaces registrations after the host's own (e.g. a <see cref="LogRecorder"/>).</param>
    /// <param name="settings">Settings over <see cref="Settings"/>.</param>
    public static ZaloBot Start(TestDatabase? database = null, ZaloStandIn? standIn = null, bool processing = true, Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        standIn ??= new ZaloStandIn(AppId);
        var all = Settings(standIn, processing);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new ZaloBot(standIn, new BotHost(database, settings: all, services: services));
    }

    public static Dictionary<string, string?> Settings(ZaloStandIn standIn, bool processing = true) => new()
    {
        ["Zalo:AppId"] = AppId,
        ["Zalo:AppSecret"] = "zalo-app-secret",
        ["Zalo:OaSecretKey"] = OaSecret,
        ["Zalo:AccessToken"] = "at-initial",
        ["Zalo:RefreshToken"] = "rt-0",
        ["Zalo:ApiBaseUrl"] = standIn.BaseUrl,
        ["Zalo:OAuthBaseUrl"] = standIn.BaseUrl,
        ["Zalo:SendRetryBaseDelayMilliseconds"] = "20",
        ["Inbox:ProcessingEnabled"] = processing ? "true" : "false",
    };

    public async Task<T> QueryAsync<T>(Func<CdsBotDbContext, Task<T>> query)
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await StandIn.DisposeAsync();
    }
}
