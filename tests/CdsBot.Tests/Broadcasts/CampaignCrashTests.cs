using CdsBot.Broadcasts;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CdsBot.Tests.Broadcasts;

/// <summary>A host killed mid-campaign (SIGKILL) and started again finishes the campaign without sending anyone a second copy.</summary>
public sealed class CampaignCrashTests(ITestOutputHelper output)
{
    private const int Recipients = 400;
    private const int Concurrency = 8;

    [Fact]
    public async Task Killed_mid_campaign_and_restarted_it_finishes_with_zero_duplicates()
    {
        var database = BotHost.NewDatabasePath();
        await using var graph = new GraphStandIn { SendDelay = TimeSpan.FromMilliseconds(15) };
        await using var zalo = new ZaloStandIn(ZaloBot.AppId);
        try
        {
            long id;
            await using (var seeding = BroadcastBot.Start(database, zalo, graph))
            {
                foreach (var i in Enumerable.Range(1, Recipients))
                {
                    await seeding.AddSubscriberAsync("messenger", $"m-{i:D3}", TimeSpan.FromHours(1));
                }

                id = await seeding.ApprovedCampaignAsync(seeding.DueNow());
            }

            // The platform stops answering once a quarter is delivered, so the kill lands mid-campaign however loaded
            // the machine is; what was in flight at the kill is never delivered.
            var settings = ProcessSettings(graph);
            graph.HoldAfter(Recipients / 4);
            await using (var first = await BotProcess.StartAsync(database, settings))
            {
                await graph.Held.WaitAsync(TimeSpan.FromSeconds(60));
                await first.KillAsync();
            }

            var atKill = graph.Delivered.Count;
            Assert.True(atKill < Recipients, "the host was killed after the campaign finished; nothing was tested");
            graph.Release();

            await using (var second = await BotProcess.StartAsync(database, settings))
            {
                await Eventually.HoldsAsync(() => CampaignStatusAsync(database, id).GetAwaiter().GetResult() == CampaignStatus.Completed, "the campaign completes after the restart", 120_000);
            }

            var perRecipient = graph.Delivered.GroupBy(c => c.RecipientId).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(perRecipient, p => Assert.True(p.Value == 1, $"{p.Key} received {p.Value} copies"));
            var ledger = await LedgerAsync(database, id);
            var sent = ledger.Where(d => d.Status == DeliveryStatus.Sent).Select(d => d.UserId).ToList();
            var unknown = ledger.Where(d => d.Status == DeliveryStatus.Unknown).Select(d => d.UserId).ToList();
            Assert.Equal(Recipients, sent.Count + unknown.Count);
            Assert.All(sent, u => Assert.True(perRecipient.ContainsKey(u), $"{u} is marked sent but never reached the platform"));
            Assert.True(unknown.Count <= Concurrency, $"{unknown.Count} rows in doubt; at most the {Concurrency} sends in flight at the kill may be");
            Assert.True(graph.Delivered.Count > atKill, "the restarted host sent nothing");
            output.WriteLine($"at kill {atKill} received; after restart: {sent.Count} sent, {unknown.Count} unknown, {perRecipient.Count} distinct recipients reached, max copies {perRecipient.Values.Max()}");
        }
        finally
        {
            BotHost.DeleteDatabase(database);
        }
    }

    private static Dictionary<string, string> ProcessSettings(GraphStandIn graph)
    {
        var settings = MessengerBot.Settings(graph).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        settings["Broadcasts__PollIntervalMilliseconds"] = "100";
        settings["Broadcasts__Concurrency"] = Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Broadcasts__BatchSize"] = "40";
        settings["Broadcasts__ClaimLeaseSeconds"] = "3";
        settings["Broadcasts__MessagesPerSecond__messenger"] = "0";
        return settings;
    }

    private static CdsBotDbContext Open(string database) =>
        new(new DbContextOptionsBuilder<CdsBotDbContext>().UseSqlite($"Data Source={database}").Options);

    private static async Task<string?> CampaignStatusAsync(string database, long id)
    {
        await using var db = Open(database);
        return await db.Campaigns.Where(c => c.Id == id).Select(c => c.Status).SingleAsync();
    }

    private static async Task<List<DeliveryRecord>> LedgerAsync(string database, long id)
    {
        await using var db = Open(database);
        return await db.Deliveries.AsNoTracking().Where(d => d.CampaignId == id).ToListAsync();
    }
}
