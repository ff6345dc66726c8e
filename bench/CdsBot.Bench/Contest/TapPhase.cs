using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace CdsBot.Bench.Contest;

/// <summary>
/// One step of every citizen's attempt, all at once: each citizen's tap waits at a gate, the gate opens, and at most
/// <c>concurrency</c> taps are in flight. A tap's latency runs from sending the request to having read the whole reply.
/// </summary>
internal sealed record TapPhase(string Name, int Concurrency, ContestReply?[] Replies, TapOutcome[] Outcomes, List<double> SortedLatencies, TimeSpan Wall, TimeSpan HostCpu)
{
    public int Count(TapOutcome outcome) => Outcomes.Count(o => o == outcome);

    /// <param name="payload">The button citizen i presses; null skips the citizen (its earlier step failed).</param>
    /// <param name="expectedPosition">The question the reply should ask next; null for the attempt's end.</param>
    /// <param name="who">Names the citizens' conversations and ids ("{who}-c{i}", "{who}-u{i}").</param>
    public static async Task<TapPhase> RunAsync(HostProcess host, HttpClient http, string name, string who, int citizens, int concurrency, Func<int, string?> payload, int? expectedPosition)
    {
        var replies = new ContestReply?[citizens];
        var outcomes = new TapOutcome[citizens];
        var latencies = new double[citizens];
        var sent = new bool[citizens];
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var slots = new SemaphoreSlim(concurrency);
        var taps = Enumerable.Range(0, citizens).Select(async i =>
        {
            if (payload(i) is not { } pressed)
            {
                outcomes[i] = TapOutcome.Error;
                return;
            }

            await gate.Task;
            await slots.WaitAsync();
            try
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/chat", new { conversationId = $"{who}-c{i}", userId = $"{who}-u{i}", payload = pressed });
                    var body = await response.Content.ReadAsByteArrayAsync();
                    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    sent[i] = true;
                    replies[i] = response.IsSuccessStatusCode ? ContestReply.Read(body) : null;
                    outcomes[i] = replies[i]?.Judge(expectedPosition) ?? TapOutcome.Error;
                }
                catch (HttpRequestException)
                {
                    outcomes[i] = TapOutcome.Error;
                }
                catch (TaskCanceledException)
                {
                    outcomes[i] = TapOutcome.Error;
                }
            }
            finally
            {
                slots.Release();
            }
        }).ToList();

        var cpuBefore = host.ProcessorTime;
        var clock = Stopwatch.StartNew();
        gate.SetResult();
        await Task.WhenAll(taps);
        clock.Stop();
        var measured = latencies.Where((_, i) => sent[i]).Order().ToList();
        return new TapPhase(name, concurrency, replies, outcomes, measured, clock.Elapsed, host.ProcessorTime - cpuBefore);
    }

    /// <summary>The phase's figures on one line: outcomes, answers recorded per second, latency percentiles, host CPU per tap.</summary>
    public string Figures()
    {
        var recorded = Count(TapOutcome.Recorded) + Count(TapOutcome.Late);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {Outcomes.Length} citizens, {Concurrency} in flight; {recorded} recorded ({Count(TapOutcome.Late)} too late), " +
            $"{Count(TapOutcome.Refused)} refused, {Count(TapOutcome.Unexpected)} unexpected, {Count(TapOutcome.Error)} errors; " +
            $"{Wall.TotalSeconds:F2} s = {recorded / Wall.TotalSeconds:F0}/s; tap → reply p50 {Percentiles.Of(SortedLatencies, 0.50):F0} ms " +
            $"p95 {Percentiles.Of(SortedLatencies, 0.95):F0} ms p99 {Percentiles.Of(SortedLatencies, 0.99):F0} ms max {SortedLatencies.LastOrDefault():F0} ms; " +
            $"host CPU {HostCpu.TotalMilliseconds / Math.Max(1, SortedLatencies.Count):F1} ms per tap");
    }
}
