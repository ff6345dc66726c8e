using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace CdsBot.Bench;

/// <summary>Turns per second through POST /api/chat: each worker is one citizen in one conversation.</summary>
internal static class ChatBenchmark
{
    private static readonly string[] Messages =
    [
        "xin chào", "nghi quyet 57 la gi", "Ngày Chuyển đổi số quốc gia là ngày nào?", "lam giay khai sinh online",
        "VNeID mức 1 mức 2", "tổng đài 156", "chuyển đổi số có mấy trụ cột", "giá cà phê hôm nay", "menu",
    ];

    /// <param name="rephrase">With rephrasing on against a stand-in model that answers at once, and no cache: the cost of the SDK call and the fact guard.</param>
    public static async Task RunAsync(int turns, int concurrency, bool rephrase = false)
    {
        await using var model = new ChannelStandIn();
        await using var host = await HostProcess.StartAsync(rephrase
            ? new Dictionary<string, string>
            {
                ["Llm__Enabled"] = "true", ["Llm__Endpoint"] = model.BaseUrl, ["Llm__ApiKey"] = "bench", ["Llm__Deployment"] = "bench", ["Llm__CacheEntries"] = "1",
            }
            : null);
        using var http = new HttpClient { BaseAddress = host.Address };

        await DriveAsync(http, Math.Min(500, turns), concurrency, "warmup");
        var latencies = new List<double>(turns);
        var clock = Stopwatch.StartNew();
        await DriveAsync(http, turns, concurrency, "run", latencies);
        clock.Stop();

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"chat{(rephrase ? $" with rephrasing ({model.ModelCalls} model calls)" : "")}: {turns} turns, {concurrency} concurrent conversations, {turns / clock.Elapsed.TotalSeconds:F0} turns/s, " +
            $"latency p50 {Percentiles.Of(latencies, 0.50):F2} ms p99 {Percentiles.Of(latencies, 0.99):F2} ms, host RSS {host.ResidentBytes / 1048576.0:F0} MiB"));
    }

    private static async Task DriveAsync(HttpClient http, int turns, int concurrency, string prefix, List<double>? latencies = null)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var local = new List<double>();
            int i;
            while ((i = Interlocked.Increment(ref next)) < turns)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync("/api/chat", new
                {
                    conversationId = $"{prefix}-conv-{worker}",
                    userId = $"{prefix}-user-{worker}",
                    text = Messages[i % Messages.Length],
                });
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                local.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            if (latencies is not null)
            {
                lock (latencies)
                {
                    latencies.AddRange(local);
                }
            }
        }));
    }
}
