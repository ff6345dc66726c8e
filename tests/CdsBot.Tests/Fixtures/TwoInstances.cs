namespace CdsBot.Tests.Fixtures;

/// <summary>Two bot instances with their broadcast workers on, sharing one database and one pair of stand-ins.</summary>
public sealed class TwoInstances : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly ZaloStandIn _zalo = new(ZaloBot.AppId);

    /// <param name="provider">The database both run on (<see cref="CdsBot.Storage.StorageProvider"/>).</param>
    public TwoInstances(IReadOnlyDictionary<string, string?> settings, TimeSpan? sendDelay = null, string provider = CdsBot.Storage.StorageProvider.Sqlite)
    {
        _database = TestDatabase.Create(provider);
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
        _database.Dispose();
    }
}
