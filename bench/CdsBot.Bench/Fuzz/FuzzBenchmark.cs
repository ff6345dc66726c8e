using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CdsBot.Channels.Zalo;
using Microsoft.Data.Sqlite;

namespace CdsBot.Bench.Fuzz;

/// <summary>
/// Odd and malformed requests at the real host (its own process, replies going to a stand-in) across /api/chat, both
/// webhooks (unsigned and correctly signed) and the staff sign-in endpoints. Prints the responses by status, how many
/// were 5xx (should be 0), the inbox left pending once the worker is idle (should be 0: nothing blocks a conversation),
/// error lines in the host's log, whether the host still answers, and its resident memory before and after.
/// </summary>
internal static class FuzzBenchmark
{
    private const string AppId = "fuzz-app", Secret = "fuzz-oa-secret", MessengerSecret = "fuzz-meta-secret", PageId = "fuzz-page";

    public static async Task<int> RunAsync(int requests, int concurrency, int seed)
    {
        await using var standIn = new ChannelStandIn();
        await using var host = await HostProcess.StartAsync(standIn.HostSettings(
            AppId,
            Secret,
            MessengerSecret,
            ("Messenger__PageId", PageId),
            ("Admin__InitialUser", "fuzz-admin"),
            ("Admin__InitialPassword", "fuzz-password-" + seed.ToString(CultureInfo.InvariantCulture)),
            // The sign-in limit would answer 429 before the handlers read anything; the fuzz wants the handlers.
            ("Admin__LoginAttemptsPerMinute", "1000000"),
            ("Inbox__PollIntervalMilliseconds", "200")));
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(60) };

        var healthyBefore = await HealthyAsync(http, standIn);
        var rssBefore = host.ResidentBytes;
        using var sampling = new CancellationTokenSource();
        var peak = host.PeakResidentBytesAsync(sampling.Token);

        var odd = new OddRequests(seed, AppId, Secret, MessengerSecret, PageId);
        var byTarget = new Dictionary<string, Dictionary<int, int>>();
        var serverErrors = new List<string>();
        var transportErrors = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var (target, request) = odd.Build(i);
                using (request)
                {
                    int status;
                    try
                    {
                        using var response = await http.SendAsync(request);
                        status = (int)response.StatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref transportErrors);
                        status = 0;
                    }

                    lock (byTarget)
                    {
                        var counts = byTarget.TryGetValue(target, out var c) ? c : byTarget[target] = [];
                        counts[status] = counts.GetValueOrDefault(status) + 1;
                        if (status >= 500)
                        {
                            serverErrors.Add($"#{i} {target} {request.Method} {request.RequestUri} → {status}");
                        }
                    }
                }
            }
        }));
        var sent = clock.Elapsed;

        var drained = await InboxDrainedAsync(host.DatabasePath, TimeSpan.FromMinutes(3));
        var healthyAfter = await HealthyAsync(http, standIn);
        await sampling.CancelAsync();
        var rssPeak = await peak;
        var rssAfter = host.ResidentBytes;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {requests} requests (seed {seed}, {concurrency} concurrent) in {sent.TotalSeconds:F1} s"));
        foreach (var (target, counts) in byTarget.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {target,-19} {counts.Values.Sum(),6}: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{(c.Key == 0 ? "no answer" : c.Key)}×{c.Value}")));
        }

        Console.WriteLine($"  responses ≥ 500: {serverErrors.Count}; connections failed: {transportErrors}");
        foreach (var error in serverErrors.Take(10))
        {
            Console.WriteLine("    " + error);
        }

        Console.WriteLine($"  inbox after the worker went idle: {drained.Summary}; pending left: {drained.Pending}; replies pending: {drained.RepliesPending}");
        Console.WriteLine($"  host log: {host.ErrorLogLines} error/critical lines, {host.WarningLogLines} warnings");
        Console.WriteLine($"  host healthy before: {healthyBefore}, after: {healthyAfter}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  host RSS: {rssBefore / 1048576.0:F0} MiB before, {rssPeak / 1048576.0:F0} MiB peak, {rssAfter / 1048576.0:F0} MiB after ({(rssAfter - rssBefore) / 1048576.0:+0;-0} MiB)"));
        return serverErrors.Count == 0 && transportErrors == 0 && drained.Pending == 0 && healthyAfter ? 0 : 1;
    }

    /// <summary>/healthz is 200, a web chat turn is answered, and a signed Zalo message gets its reply at the stand-in.</summary>
    private static async Task<bool> HealthyAsync(HttpClient http, ChannelStandIn standIn)
    {
        using var health = await http.GetAsync("/healthz");
        using var chat = await http.PostAsync("/api/chat", new StringContent("""{"conversationId":"fz-health","userId":"fz-health","text":"menu"}""", Encoding.UTF8, "application/json"));
        var before = standIn.Received;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["app_id"] = AppId,
            ["event_name"] = "user_send_text",
            ["timestamp"] = timestamp,
            ["sender"] = new JsonObject { ["id"] = "fz-health-" + Guid.NewGuid().ToString("N") },
            ["message"] = new JsonObject { ["msg_id"] = Guid.NewGuid().ToString("N"), ["text"] = "menu" },
        }.ToJsonString());
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/zalo") { Content = content };
        request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", "mac=" + ZaloSignatureVerifier.Compute(AppId, body, timestamp, Secret));
        using var zalo = await http.SendAsync(request);
        var replied = Stopwatch.StartNew();
        while (standIn.Received == before && replied.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        return health.IsSuccessStatusCode && chat.IsSuccessStatusCode && zalo.IsSuccessStatusCode && standIn.Received > before;
    }

    /// <summary>Waits until no inbox event is pending and the pending replies stop changing; what is left.</summary>
    private static async Task<(string Summary, long Pending, long RepliesPending)> InboxDrainedAsync(string database, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        (string, long, long) last = ("", -1, -1);
        while (clock.Elapsed < timeout)
        {
            await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            var statuses = new SortedDictionary<string, long>(StringComparer.Ordinal);
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT Status, COUNT(*) FROM inbox_events GROUP BY Status";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    statuses[reader.GetString(0)] = reader.GetInt64(1);
                }
            }

            await using var replies = connection.CreateCommand();
            replies.CommandText = "SELECT COUNT(*) FROM outbound_messages WHERE Status = 'pending'";
            var repliesPending = (long)(await replies.ExecuteScalarAsync())!;
            var current = (string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}")), statuses.GetValueOrDefault("pending"), repliesPending);
            if (current.Item2 == 0 && current == last)
            {
                return current;
            }

            last = current;
            await Task.Delay(1000);
        }

        return last;
    }
}
