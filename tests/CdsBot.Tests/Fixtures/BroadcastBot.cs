using CdsBot.Admin.Campaigns;
using CdsBot.Broadcasts;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;
using CdsBot.Storage;
using CdsBot.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// The bot with both channels configured against their stand-ins, and helpers to seed subscribers (with the window
/// state the channels recorded) and campaigns. Stand-ins passed in stay alive when the bot is disposed. Broadcast rounds run when the test says, unless <c>worker</c> is on.
/// </summary>
public sealed class BroadcastBot : IAsyncDisposable
{
    private readonly bool _ownsStandIns;

    private BroadcastBot(BotHost host, ZaloStandIn zalo, GraphStandIn graph, TimeProvider time, bool ownsStandIns)
    {
        _ownsStandIns = ownsStandIns;
        Host = host;
        Zalo = zalo;
        Graph = graph;
        Time = time;
    }

    public BotHost Host { get; }

    public ZaloStandIn Zalo { get; }

    public GraphStandIn Graph { get; }

    public TimeProvider Time { get; }

    public IServiceProvider Services => Host.Services;

    public static BroadcastBot Start(
        TestDatabase? database = null, ZaloStandIn? zalo = null, GraphStandIn? graph = null, bool worker = false,
        TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var ownsStandIns = zalo is null && graph is null;
        zalo ??= new ZaloStandIn(ZaloBot.AppId);
        graph ??= new GraphStandIn();
        var all = new Dictionary<string, string?>(ZaloBot.Settings(zalo));
        foreach (var (key, value) in MessengerBot.Settings(graph))
        {
            all[key] = value;
        }

        all["Broadcasts:Enabled"] = worker ? "true" : "false";
        all["Broadcasts:PollIntervalMilliseconds"] = "100";
        all["Broadcasts:RetryBaseDelayMilliseconds"] = "50";
        all["Broadcasts:RateLimitPauseSeconds"] = "1";
        all["Broadcasts:MessagesPerSecond:messenger"] = "0";
        all["Broadcasts:MessagesPerSecond:zalo"] = "0";
        all["Broadcasts:PublicBaseUrl"] = "https://cdsbot.example.vn";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = new BotHost(database, settings: all, services: s =>
        {
            if (time is not null)
            {
                s.AddSingleton(time);
            }

            services?.Invoke(s);
        });
        return new BroadcastBot(host, zalo, graph, time ?? TimeProvider.System, ownsStandIns);
    }

    /// <summary>A subscriber whose last message was <paramref name="lastWrote"/> ago; on Zalo a follower of the OA unless <paramref name="zaloFollows"/> says otherwise.</summary>
    public async Task AddSubscriberAsync(
        string channel, string userId, TimeSpan lastWrote, string[]? topics = null, string locality = "national", bool active = true, int zaloRepliesUsed = 0,
        bool? zaloFollows = true)
    {
        await using var db = await NewContextAsync();
        var now = Time.GetUtcNow();
        db.Subscriptions.Add(new SubscriptionRecord
        {
            Channel = channel, UserId = userId, Topics = [.. topics ?? []], Locality = locality, Active = active, ConsentedAt = now - lastWrote,
            UnsubscribedAt = active ? null : now,
        });
        var lastMs = (now - lastWrote).ToUnixTimeMilliseconds();
        if (channel == "zalo")
        {
            db.ZaloUsers.Add(new ZaloUserRecord { UserId = userId, Followed = zaloFollows, LastInboundMs = lastMs, RepliesSinceInbound = zaloRepliesUsed, ProfileFetchedMs = lastMs, UpdatedAt = now });
        }
        else
        {
            db.MessengerUsers.Add(new MessengerUserRecord { Psid = userId, LastInboundMs = lastMs, UpdatedAt = now });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Writes a campaign as "editor" and has "publisher" approve it; returns its id.</summary>
    public async Task<long> ApprovedCampaignAsync(CampaignInput input)
    {
        var workflow = Services.GetRequiredService<CampaignWorkflow>();
        var created = await workflow.CreateAsync(input, "editor", CancellationToken.None);
        Assert.True(created.Value is not null, $"campaign refused: {string.Join("; ", created.Errors?.SelectMany(e => e.Value) ?? [created.Problem ?? ""])}");
        var approved = await workflow.ApproveAsync(created.Value.Id, "publisher", CancellationToken.None);
        Assert.Equal(CampaignStatus.Approved, approved.Value?.Status);
        return created.Value.Id;
    }

    /// <summary>A campaign input due now (Vietnam time), with a link.</summary>
    public CampaignInput DueNow(string text = "Ngày 10/10 là Ngày Chuyển đổi số quốc gia.") => new()
    {
        Name = "Thử nghiệm",
        Text = text,
        LinkUrl = "https://dichvucong.gov.vn",
        LinkTitle = "Dịch vụ công",
        ScheduledAt = Time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>One broadcast round: start what is due, send until nothing is due, close.</summary>
    public Task RunRoundAsync() => Services.GetRequiredService<BroadcastWorker>().RunOnceAsync(CancellationToken.None);

    public async Task<CampaignStats> StatsAsync(long campaignId)
    {
        await using var db = await NewContextAsync();
        return await CampaignStats.ForAsync(db, campaignId, CancellationToken.None);
    }

    public async Task<List<DeliveryRecord>> LedgerAsync(long campaignId)
    {
        await using var db = await NewContextAsync();
        return await db.Deliveries.AsNoTracking().Where(d => d.CampaignId == campaignId).OrderBy(d => d.Id).ToListAsync();
    }

    /// <summary>Whether every stored webhook event has been processed.</summary>
    public bool InboxSettled()
    {
        using var db = NewContextAsync().GetAwaiter().GetResult();
        return db.InboxEvents.Any() && !db.InboxEvents.Any(e => e.Status == "pending");
    }

    public async Task<CdsBotDbContext> NewContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        if (_ownsStandIns)
        {
            await Zalo.DisposeAsync();
            await Graph.DisposeAsync();
        }
    }
}
