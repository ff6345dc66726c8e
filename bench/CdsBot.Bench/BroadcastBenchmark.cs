using System.Diagnostics;
using System.Globalization;
using CdsBot.Broadcasts;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;
using CdsBot.Storage;
using CdsBot.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Bench;

/// <summary>
/// A campaign to N subscribers (half Zalo, half Messenger, all inside their reply windows) sent by the real host in its
/// own process to a stand-in that accepts at once, throttling off: ledger build time, sends per second, host memory.
/// Sent twice: by the host as started, and again by the same host once warm.
/// </summary>
internal static class BroadcastBenchmark
{
    /// <param name="concurrency">Sends in flight (Broadcasts:Concurrency); null keeps the host's default.</param>
    public static async Task RunAsync(int recipients, int? concurrency = null)
    {
        Console.WriteLine(concurrency is null ? "sends in flight: the host's default" : $"sends in flight: {concurrency}");
        await using var standIn = new ChannelStandIn();
        (string, string)[] inFlight = concurrency is { } n ? [("Broadcasts__Concurrency", n.ToString(CultureInfo.InvariantCulture))] : [];
        await using var host = await HostProcess.StartAsync(standIn.HostSettings(
            "bench-app",
            "bench-oa-secret",
            "bench-app-secret-meta",
            [
                ("Broadcasts__MessagesPerSecond__messenger", "0"),
                ("Broadcasts__MessagesPerSecond__zalo", "0"),
                ("Broadcasts__PollIntervalMilliseconds", "200"),
                ("Telemetry__Prometheus__Enabled", "true"),
                .. inFlight,
            ]));
        using var http = new HttpClient { BaseAddress = host.Address };

        var options = new DbContextOptionsBuilder<CdsBotDbContext>().UseSqlite($"Data Source={host.DatabasePath}").Options;
        var seedClock = Stopwatch.StartNew();
        await SeedAsync(options, recipients);
        Console.WriteLine($"seeded {recipients:N0} subscribers in {seedClock.Elapsed.TotalSeconds:F1} s");

        // The same campaign twice, to the same audience: first on the host as started (its code still being compiled by
        // the JIT's tiers, as after a deployment), then again on the same host, warm, as a long-running service sends.
        await SendCampaignAsync("cold host (first campaign)", host, http, options, standIn);
        await SendCampaignAsync("warm host (second campaign, same audience; the first one's ledger kept, each Zalo citizen one reply into the window)", host, http, options, standIn);
    }

    private static async Task SendCampaignAsync(string label, HostProcess host, HttpClient http, DbContextOptions<CdsBotDbContext> options, ChannelStandIn standIn)
    {
        Console.WriteLine(label + ":");
        var receivedBefore = standIn.Received;
        using var sampling = new CancellationTokenSource();
        var peak = host.PeakResidentBytesAsync(sampling.Token);
        var idleRss = host.ResidentBytes;
        var metricsBefore = await HostMetrics.ScrapeAsync(http);
        var cpuBefore = host.ProcessorTime;
        var clock = Stopwatch.StartNew();
        long campaignId;
        await using (var db = new CdsBotDbContext(options))
        {
            var now = DateTimeOffset.UtcNow;
            var campaign = new CampaignRecord
            {
                Name = "bench", Text = "Ngày 10/10 là Ngày Chuyển đổi số quốc gia.", LinkUrl = "https://dichvucong.gov.vn", CreatedBy = "bench", Status = CampaignStatus.Approved,
                ApprovedBy = "bench2", ScheduledAt = now, ExpiresAt = now.AddDays(7), CreatedAt = now, UpdatedAt = now,
            };
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            campaignId = campaign.Id;
        }

        TimeSpan? started = null;
        string status;
        do
        {
            await Task.Delay(200);
            await using var db = new CdsBotDbContext(options);
            status = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Status).SingleAsync();
            if (started is null && status != CampaignStatus.Approved)
            {
                started = clock.Elapsed;
            }
        }
        while (status is not CampaignStatus.Completed && clock.Elapsed < TimeSpan.FromMinutes(30));

        var total = clock.Elapsed;
        var cpu = host.ProcessorTime - cpuBefore;
        var metrics = await HostMetrics.ScrapeAsync(http);
        await sampling.CancelAsync();
        var peakRss = await peak;
        await using (var db = new CdsBotDbContext(options))
        {
            var sent = await db.Deliveries.CountAsync(d => d.CampaignId == campaignId && d.Status == DeliveryStatus.Sent);
            var sending = total - (started ?? TimeSpan.Zero);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"campaign {status}: {sent:N0} sent, {standIn.Received - receivedBefore:N0} received by the stand-in"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ledger written within {started?.TotalSeconds:F1} s of the campaign becoming due; sending took {sending.TotalSeconds:F1} s = {sent / sending.TotalSeconds:F0} sends/s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"host memory: {idleRss / 1048576.0:F0} MiB at the campaign's start, peak {peakRss / 1048576.0:F0} MiB during it"));
            // Per message, whatever else the machine is doing (the ledger's build included): the host's CPU time and database round trips.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"per message: host CPU {cpu.TotalMilliseconds / sent:F3} ms; database statements {metrics.Since(metricsBefore, "cdsbot_db_commands_total/read") / sent:F1} reads + {metrics.Since(metricsBefore, "cdsbot_db_commands_total/write") / sent:F1} writes, {metrics.Since(metricsBefore, "cdsbot_db_commits_total") / sent:F2} commits; group commits holding {metrics.UnitsPerGroupCommit(metricsBefore):F1} units each"));
        }
    }

    private static async Task SeedAsync(DbContextOptions<CdsBotDbContext> options, int recipients)
    {
        await using var db = new CdsBotDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTimeOffset.UtcNow;
        var lastInbound = now.AddHours(-1).ToUnixTimeMilliseconds();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var chunk in Enumerable.Range(0, recipients).Chunk(10_000))
        {
            foreach (var i in chunk)
            {
                var channel = i % 2 == 0 ? "zalo" : "messenger";
                var user = $"{channel}-user-{i}";
                db.Subscriptions.Add(new SubscriptionRecord { Channel = channel, UserId = user, Locality = "national", Active = true, ConsentedAt = now });
                if (channel == "zalo")
                {
                    db.ZaloUsers.Add(new ZaloUserRecord { UserId = user, LastInboundMs = lastInbound, ProfileFetchedMs = lastInbound, UpdatedAt = now });
                }
                else
                {
                    db.MessengerUsers.Add(new MessengerUserRecord { Psid = user, LastInboundMs = lastInbound, UpdatedAt = now });
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync();
    }
}
