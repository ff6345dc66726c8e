using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// The host's real inbox classes (writer, processor, relay, dialogs, database) with the worker switched off, so a test
/// drives <see cref="InboxProcessor"/> round by round; Zalo events in, a stand-in Zalo sender out, a fake clock.
/// </summary>
public sealed class InboxHost : IAsyncDisposable
{
    private readonly ZaloStandIn _zalo;
    private readonly ZaloEvents _events;

    private InboxHost(ZaloStandIn zalo, OutboundStandIn channel, FakeTimeProvider time, TestDatabase? database, IReadOnlyDictionary<string, string?>? settings,
        Action<IServiceCollection>? services)
    {
        _zalo = zalo;
        Channel = channel;
        Time = time;
        var all = ZaloBot.Settings(zalo, processing: false);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Host = new BotHost(database, settings: all, services: collection =>
        {
            collection.AddSingleton<TimeProvider>(time);
            collection.RemoveAll<IOutboundChannel>();
            collection.AddSingleton<IOutboundChannel>(channel);
            services?.Invoke(collection);
        });
        _events = new ZaloEvents(new HttpClient(), ZaloBot.AppId, ZaloBot.OaSecret, time);
        Processor = Host.Services.GetServices<IHostedService>().OfType<InboxProcessor>().Single();
    }

    public BotHost Host { get; }

    /// <summary>What reaches the citizens, in order.</summary>
    public OutboundStandIn Channel { get; }

    public FakeTimeProvider Time { get; }

    public InboxProcessor Processor { get; }

    public OutboundRelay Relay => Host.Services.GetRequiredService<OutboundRelay>();

    /// <param name="database">The database, kept by the caller (two hosts on one are two instances); a SQLite file of its own when null.</param>
    /// <param name="settings">Settings over the Zalo bot's.</param>
    /// <param name="services">Replaces services of the host's (a failing part).</param>
    public static InboxHost Start(TestDatabase? database = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        new(new ZaloStandIn(ZaloBot.AppId), new OutboundStandIn("zalo"), new FakeTimeProvider(DateTimeOffset.UtcNow), database, settings, services);

    /// <summary>Stores a citizen's text as the Zalo webhook would after verifying it; returns the event's id.</summary>
    public Task<long> ReceiveTextAsync(string userId, string text) => ReceiveAsync(userId, _events.Text(userId, text));

    public Task<long> ReceiveUnfollowAsync(string userId) => ReceiveAsync(userId, _events.Follow(userId, follow: false));

    public async Task<T> QueryAsync<T>(Func<CdsBotDbContext, Task<T>> query)
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await _zalo.DisposeAsync();
    }

    private async Task<long> ReceiveAsync(string userId, System.Text.Json.Nodes.JsonObject zaloEvent)
    {
        var messageId = Guid.NewGuid().ToString("N");
        Assert.True(await Host.Services.GetRequiredService<InboxWriter>().TryEnqueueAsync("zalo", messageId, userId, zaloEvent.ToJsonString(), CancellationToken.None));
        return await QueryAsync(db => db.InboxEvents.Where(e => e.ChannelMessageId == messageId).Select(e => e.Id).SingleAsync());
    }
}
