using System.Diagnostics;
using System.Globalization;

namespace CdsBot.Bench.Scaleout;

/// <summary>
/// Issue #18's last check: two hosts on one PostgreSQL database behind one port (<see cref="FrontProxy"/>) take signed
/// Zalo and Messenger events; about halfway one host is SIGKILLed (and, unless told not to, started again). When the
/// pipeline has drained, every acknowledged event must have been answered exactly once, or have its reply marked
/// unknown (in doubt), and only a reply whose send was claimed in the lease before the kill may be. Prints the figures
/// and PASS or FAIL; returns 1 on FAIL.
/// </summary>
internal static class ScaleoutBenchmark
{
    /// <summary>
    /// The claim lease, and so the in-doubt window: a send the killed host claimed in the lease before it died may be
    /// marked unknown once the lease lapses (at the next sweep of a live host's inbox round).
    /// </summary>
    private const int LeaseSeconds = 10;

    private const int PollIntervalMilliseconds = 200;

    /// <summary>A start on a loaded machine, beside a host working through the backlog, can take well over 30 s.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    /// <summary>The run fails when the pipeline has not drained this long after the last request...</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(45);

    /// <summary>...or when nothing in it moved (events pending, replies owed, replies received) for this long.</summary>
    private static readonly TimeSpan StallTimeout = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(int events, int concurrency, bool restart)
    {
        await using var database = await ScaleoutDatabase.CreateAsync();
        await using var standIn = new ChannelStandIn();
        await using var proxy = new FrontProxy();
        var settings = standIn.HostSettings(
            SignedWebhooks.ZaloAppId,
            SignedWebhooks.ZaloOaSecret,
            SignedWebhooks.MessengerAppSecret,
            ("Storage__Provider", "postgres"),
            ("Storage__ConnectionString", database.ConnectionString),
            ("Zalo__RepliesPerWindow", "1000000"),
            ("Inbox__PollIntervalMilliseconds", PollIntervalMilliseconds.ToString(CultureInfo.InvariantCulture)),
            ("Inbox__LeaseSeconds", LeaseSeconds.ToString(CultureInfo.InvariantCulture)));
        var hosts = new List<HostProcess>();
        var passed = false;
        try
        {
            // One after the other, so the first run's figures start from two ready hosts (instances starting together take
            // turns at the migration anyway: DatabaseMigrator).
            hosts.Add(await HostProcess.StartAsync(settings, StartTimeout));
            hosts.Add(await HostProcess.StartAsync(settings, StartTimeout));
            hosts.ForEach(h => proxy.Add(h.Address));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scaleout: database {database.Name}; hosts pid {hosts[0].ProcessId} and {hosts[1].ProcessId} behind {proxy.Address}; {events} events, {concurrency} concurrent; lease {LeaseSeconds} s; victim restarted: {(restart ? "yes" : "no")}"));
            passed = await RunLoadAsync(database, standIn, proxy, hosts, settings, events, concurrency, restart);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }

        if (passed)
        {
            await database.DropAsync();
        }
        else
        {
            Console.WriteLine($"  database {database.Name} kept for inspection");
        }

        return passed ? 0 : 1;
    }

    private static async Task<bool> RunLoadAsync(ScaleoutDatabase database, ChannelStandIn standIn, FrontProxy proxy, List<HostProcess> hosts, Dictionary<string, string> settings, int events, int concurrency, bool restart)
    {
        var load = new ScaleoutLoad(proxy.Address, events, concurrency);
        var clock = Stopwatch.StartNew();
        var sending = load.SendAsync();
        await load.Halfway;
        var killAt = clock.Elapsed;
        var (acknowledgedAtKill, repliesAtKill) = (load.Acknowledged, standIn.Received);
        var killStartedMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var victim = hosts[1];
        await victim.KillAsync();
        var kill = new KillMark(killAt, acknowledgedAtKill, repliesAtKill, killStartedMs, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {kill.At.TotalSeconds:F1} s: host pid {victim.ProcessId} SIGKILLed; {load.Answered} requests answered so far, {kill.Acknowledged} acknowledged; {kill.Replies} replies at the stand-in"));
        using var watching = new CancellationTokenSource();
        var unknownWatch = WatchUnknownAsync(database, clock, kill.At, watching.Token);
        if (restart)
        {
            // A restart that fails is reported, and the run goes on with the surviving host.
            try
            {
                var restarted = await HostProcess.StartAsync(settings, StartTimeout);
                hosts.Add(restarted);
                proxy.Add(restarted.Address);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {clock.Elapsed.TotalSeconds:F1} s: restarted as pid {restarted.ProcessId}, healthy, added to the proxy"));
            }
            catch (InvalidOperationException ex)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {clock.Elapsed.TotalSeconds:F1} s: restart failed ({ex.Message}); going on with one host"));
            }
        }

        var sent = await sending;
        var lastRequest = clock.Elapsed;
        var acknowledged = sent.Count(e => e.Acknowledged);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {lastRequest.TotalSeconds:F1} s: all {sent.Count} requests answered; draining"));

        var drained = await DrainAsync(database, standIn, clock);
        var drainedAt = clock.Elapsed;
        await watching.CancelAsync();
        var unknownSettledAfterKill = await unknownWatch;

        var storedEvents = await database.EventsAsync();
        var replies = await database.RepliesAsync();
        var messages = standIn.Messages.ToList();
        var tally = ReplyTally.Of(messages, replies);
        var verdicts = EventVerdicts.Of(sent.Where(e => e.Acknowledged), storedEvents, replies, tally);
        var refusedStored = sent.Where(e => !e.Acknowledged && storedEvents.ContainsKey((e.Channel, e.MessageId))).ToList();
        var refusedVerdicts = EventVerdicts.Of(refusedStored, storedEvents, replies, tally);

        var report = new ScaleoutReport
        {
            Sent = sent,
            Acknowledged = acknowledged,
            ProxyRetried = proxy.Retried,
            ProxyUnavailable = proxy.Unavailable,
            Kill = kill,
            LastRequest = lastRequest,
            DrainedAt = drainedAt,
            Drained = drained,
            RepliesAtEnd = standIn.Received,
            Messages = messages.Count,
            Tally = tally,
            Verdicts = verdicts,
            RefusedStored = refusedStored.Count,
            RefusedVerdicts = refusedVerdicts,
            Replies = replies,
            StoredEvents = storedEvents,
            Hosts = hosts,
            UnknownSettledAfterKill = unknownSettledAfterKill,
            LeaseSeconds = LeaseSeconds,
        };
        return report.Print();
    }

    /// <summary>Waits until no event is pending, no reply owed, and the stand-in's count held still across a poll; false on timeout.</summary>
    private static async Task<bool> DrainAsync(ScaleoutDatabase database, ChannelStandIn standIn, Stopwatch clock)
    {
        var deadline = Stopwatch.StartNew();
        var stalled = Stopwatch.StartNew();
        var lastReceived = -1;
        PipelineProgress? last = null;
        var lastPrinted = TimeSpan.Zero;
        while (true)
        {
            var progress = await database.ProgressAsync();
            var received = standIn.Received;
            if (progress.Drained && received == lastReceived)
            {
                return true;
            }

            if (progress != last || received != lastReceived)
            {
                stalled.Restart();
            }

            if (deadline.Elapsed - lastPrinted >= TimeSpan.FromSeconds(10))
            {
                lastPrinted = deadline.Elapsed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {clock.Elapsed.TotalSeconds:F1} s: {progress.StoredEvents} events stored, {progress.PendingEvents} pending; {progress.OwedReplies} replies owed, {progress.UnknownReplies} unknown; {received} at the stand-in"));
            }

            if (deadline.Elapsed > DrainTimeout || stalled.Elapsed > StallTimeout)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  TIMEOUT: not drained {deadline.Elapsed.TotalMinutes:F1} minutes after the last request, nothing moved for {stalled.Elapsed.TotalSeconds:F0} s: {progress}; {received} at the stand-in"));
                return false;
            }

            lastReceived = received;
            last = progress;
            await Task.Delay(500);
        }
    }

    /// <summary>Polls the unknown replies from the kill until cancelled; how long after the kill their count last changed (null if none).</summary>
    private static async Task<TimeSpan?> WatchUnknownAsync(ScaleoutDatabase database, Stopwatch clock, TimeSpan killedAt, CancellationToken cancellationToken)
    {
        var seen = 0;
        TimeSpan? settled = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var unknown = (await database.ProgressAsync()).UnknownReplies;
            if (unknown != seen)
            {
                seen = unknown;
                settled = clock.Elapsed - killedAt;
            }

            try
            {
                await Task.Delay(250, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return settled;
    }
}
