using System.Diagnostics;
using System.Globalization;

namespace CdsBot.Bench;

/// <summary>
/// Signed Zalo webhooks at the real host (its own process) with replies going to a stand-in: acknowledgement latency
/// and end-to-end replies per second; then the same load at a bare endpoint that only answers 200, for comparison.
/// </summary>
internal static class WebhookBenchmark
{
    /// <param name="events">Events per channel measured.</param>
    /// <param name="concurrency">Requests in flight.</param>
    /// <param name="postgres">Whether the host runs on a fresh PostgreSQL database (dropped after) instead of a SQLite file.</param>
    public static async Task RunAsync(int events, int concurrency, bool postgres = false)
    {
        await using var standIn = new ChannelStandIn();
        await using var database = postgres ? await Scaleout.ScaleoutDatabase.CreateAsync() : null;
        (string, string)[] storage = database is null ? [] : [("Storage__Provider", "postgres"), ("Storage__ConnectionString", database.ConnectionString)];
        Console.WriteLine(postgres ? $"storage: PostgreSQL, database {database!.Name}" : "storage: SQLite");
        await using (var host = await HostProcess.StartAsync(standIn.HostSettings(
            SignedWebhooks.ZaloAppId,
            SignedWebhooks.ZaloOaSecret,
            SignedWebhooks.MessengerAppSecret,
            [
                ("Zalo__RepliesPerWindow", "1000000"),
                ("Inbox__PollIntervalMilliseconds", "200"),
                ("Telemetry__Prometheus__Enabled", "true"),
                .. storage,
            ])))
        {
            using var http = new HttpClient { BaseAddress = host.Address };
            string[] channels = ["zalo", "messenger"];
            // Both channels warm up before either is measured: the first channel measured would otherwise pay for the
            // JIT's tiering of the code the two share (one run measured it at 15 ms of CPU an event against 6 warm). A
            // thousand events a channel left the JIT's tiering thread on a third of the host's CPU samples (perf) 15 s into
            // the first channel measured, and that channel at 1.5 to 2 times the other's CPU an event; five thousand do not.
            foreach (var channel in channels)
            {
                await WarmUpAsync(http, standIn, channel, Math.Min(WarmupEvents, events), concurrency);
            }

            foreach (var channel in channels)
            {
                await MeasureChannelAsync(http, host, standIn, channel, events, concurrency);
            }
        }

        // On the same storage; on PostgreSQL, the same database (the events' ids differ).
        await MeasureIngestOnlyAsync(standIn, events, concurrency, storage);
        if (database is not null)
        {
            await database.DropAsync();
        }

        await MeasureBareAsync(events, concurrency);
    }

    private static async Task MeasureBareAsync(int events, int concurrency)
    {
        await using var bare = await HostProcess.StartBareAsync();
        using var bareHttp = new HttpClient { BaseAddress = bare.Address };
        await DriveAsync(bareHttp, Math.Min(WarmupEvents, events), concurrency, "warmup", "zalo");
        var bareClock = Stopwatch.StartNew();
        var bareAck = await DriveAsync(bareHttp, events, concurrency, "run", "zalo");
        Print("bare 200 endpoint", events, concurrency, bareAck, bareClock.Elapsed);
    }

    /// <summary>Only the webhooks' side: an instance taking webhooks on a fresh SQLite file, then the bare endpoint.</summary>
    public static async Task RunIngestOnlyAsync(int events, int concurrency)
    {
        await using var standIn = new ChannelStandIn();
        await MeasureIngestOnlyAsync(standIn, events, concurrency, []);
        await MeasureBareAsync(events, concurrency);
    }

    /// <summary>
    /// The same load at an instance that only takes webhooks (Inbox:ProcessingEnabled=false), on <paramref name="storage"/>
    /// (none: a fresh SQLite file): what storing and acknowledging an event costs when no turn runs on the same cores.
    /// </summary>
    private static async Task MeasureIngestOnlyAsync(ChannelStandIn standIn, int events, int concurrency, (string, string)[] storage)
    {
        await using var host = await HostProcess.StartAsync(standIn.HostSettings(
            SignedWebhooks.ZaloAppId,
            SignedWebhooks.ZaloOaSecret,
            SignedWebhooks.MessengerAppSecret,
            [("Inbox__ProcessingEnabled", "false"), ("Telemetry__Prometheus__Enabled", "true"), .. storage]));
        using var http = new HttpClient { BaseAddress = host.Address };
        await DriveAsync(http, Math.Min(WarmupEvents, events), concurrency, "ingest-warmup", "zalo");
        var metricsBefore = await HostMetrics.ScrapeAsync(http);
        var cpuBefore = host.ProcessorTime;
        var clock = Stopwatch.StartNew();
        var ack = await DriveAsync(http, events, concurrency, "ingest-run", "zalo");
        clock.Stop();
        var cpu = host.ProcessorTime - cpuBefore;
        var metrics = await HostMetrics.ScrapeAsync(http);
        Print("zalo webhook → host taking webhooks only", events, concurrency, ack, clock.Elapsed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  per event: host CPU {cpu.TotalMilliseconds / events:F3} ms; {metrics.Since(metricsBefore, "cdsbot_db_commits_total") / events:F2} commits, group commits holding {metrics.UnitsPerGroupCommit(metricsBefore):F1} units each"));
    }

    /// <summary>Events per channel sent, and answered, before anything is measured.</summary>
    private const int WarmupEvents = 5000;

    /// <summary>Sends <paramref name="events"/> unmeasured events and waits for their replies; prints the cold host's rate.</summary>
    private static async Task WarmUpAsync(HttpClient http, ChannelStandIn standIn, string channel, int events, int concurrency)
    {
        var from = standIn.Received;
        var clock = Stopwatch.StartNew();
        await DriveAsync(http, events, concurrency, $"warmup-{channel}", channel);
        await WaitForAsync(() => standIn.Received >= from + events, TimeSpan.FromMinutes(2));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up, not measured: {events} {channel} events answered in {clock.Elapsed.TotalSeconds:F2} s = {events / clock.Elapsed.TotalSeconds:F0} replies/s (the JIT still tiering)"));
    }

    private static async Task MeasureChannelAsync(HttpClient http, HostProcess host, ChannelStandIn standIn, string channel, int events, int concurrency)
    {
        var before = standIn.Received;
        var metricsBefore = await HostMetrics.ScrapeAsync(http);
        var cpuBefore = host.ProcessorTime;
        var clock = Stopwatch.StartNew();
        var ack = await DriveAsync(http, events, concurrency, $"run-{channel}", channel);
        var acked = clock.Elapsed;
        await WaitForAsync(() => standIn.Received >= before + events, TimeSpan.FromMinutes(5));
        clock.Stop();
        var cpu = host.ProcessorTime - cpuBefore;
        var metrics = await HostMetrics.ScrapeAsync(http);
        Print($"{channel} webhook → host", events, concurrency, ack, acked);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  end to end: {events} replies received by the stand-in in {clock.Elapsed.TotalSeconds:F2} s = {events / clock.Elapsed.TotalSeconds:F0} replies/s; host RSS {host.ResidentBytes / 1048576.0:F0} MiB"));
        // Per event, whatever else the machine is doing: the host's CPU time and its database round trips.
        var commits = metrics.Since(metricsBefore, "cdsbot_db_commits_total");
        var batches = metrics.Since(metricsBefore, "cdsbot_db_group_commit_units_count");
        var committing = TimeSpan.FromMilliseconds(metrics.Since(metricsBefore, "cdsbot_db_group_commit_duration_milliseconds_sum"));
        var waited = metrics.Since(metricsBefore, "cdsbot_db_group_commit_wait_milliseconds_sum");
        var waits = metrics.Since(metricsBefore, "cdsbot_db_group_commit_wait_milliseconds_count");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  per event: host CPU {cpu.TotalMilliseconds / events:F2} ms; database statements {metrics.Since(metricsBefore, "cdsbot_db_commands_total/read") / events:F1} reads + {metrics.Since(metricsBefore, "cdsbot_db_commands_total/write") / events:F1} writes, {commits / events:F2} commits; group commits {batches / events:F2} holding {metrics.UnitsPerGroupCommit(metricsBefore):F1} units each, {committing.TotalMilliseconds / events:F2} ms of the committer (busy {committing / clock.Elapsed:P0} of the run), a unit queued {(waits > 0 ? waited / waits : 0):F2} ms on average before its batch began"));
    }

    private static void Print(string label, int events, int concurrency, List<double> ack, TimeSpan elapsed)
    {
        ack.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {events} signed events, {concurrency} concurrent, ack p50 {Percentiles.Of(ack, 0.5):F2} ms p99 {Percentiles.Of(ack, 0.99):F2} ms, {events / elapsed.TotalSeconds:F0} acks/s"));
    }

    private static async Task<List<double>> DriveAsync(HttpClient http, int events, int concurrency, string prefix, string channel)
    {
        var latencies = new List<double>(events);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var local = new List<double>();
            int i;
            while ((i = Interlocked.Increment(ref next)) < events)
            {
                using var request = channel == "zalo"
                    ? SignedWebhooks.Zalo($"{prefix}-user-{i % 500}", $"{prefix}-{i}-{Guid.NewGuid():N}", "menu")
                    : SignedWebhooks.Messenger($"{prefix}-psid-{i % 500}", $"m_{prefix}_{i}_{Guid.NewGuid():N}", "menu");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                response.EnsureSuccessStatusCode();
                local.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            lock (latencies)
            {
                latencies.AddRange(local);
            }
        }));
        return latencies;
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException("The stand-in did not receive every reply in time.");
            }

            await Task.Delay(20);
        }
    }
}
