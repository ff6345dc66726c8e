namespace CdsBot.Tests.Fixtures;

/// <summary>Two bot instances with their broadcast workers on, sharing one database and one pair of stand-ins.</summary>
public sealed class TwoInstances : IAsyncDisposable
{
    private readonly string _database = BotHost.NewDatabasePath();
    private readonly ZaloStandIn _zalo = new(ZaloBot.AppId);

    public TwoInstances(IReadOnlyDictionary<string, string?> settings, TimeSpan? sendDelay = null)
    {
        Graph = new GraphStandIn { SendDelay = sendDelay ?? TimeSpan.Zero };
        First = BroadcastBot.Start(_database, _zalo, Graph, worker: true, settings: settings);
        Second = BroadcastBot.Start(_database, _zalo, Graph, worker: true, settings: settings);
    }

    public GraphStandIn Graph { get; }

    public BroadcastBot First { get; }

    public BroadcastBot Second { get; }

    /// <summary>How many instances claimed rows of the campaign.</summary>
    public async Task<int> SendersAsync(long campaignId) => (await First.LedgerAsync(campaignId)).Select(d => d.ClaimedBy).Distinct().Count();

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await Graph.DisposeAsync();
        await _zalo.DisposeAsync();
        BotHost.DeleteDatabase(_database);
    }
}
