using System.Diagnostics;

namespace CdsBot.Bench;

/// <summary>
/// How fast one search answers on one thread: warmed up on every question once, then <c>queries</c> timed calls cycling
/// through them, with the allocations and gen0 collections they cause.
/// </summary>
internal sealed record QueryTiming(List<double> SortedLatencies, double PerSecond, long AllocatedPerQuery, int Collections)
{
    public static QueryTiming Measure(Action<string> search, IReadOnlyList<string> questions, int queries)
    {
        foreach (var question in questions)
        {
            search(question);
        }

        var latencies = new List<double>(queries);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var collectionsBefore = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < queries; i++)
        {
            var started = Stopwatch.GetTimestamp();
            search(questions[i % questions.Count]);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        clock.Stop();
        var allocatedPerQuery = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / queries;
        latencies.Sort();
        return new QueryTiming(latencies, queries / clock.Elapsed.TotalSeconds, allocatedPerQuery, GC.CollectionCount(0) - collectionsBefore);
    }

    public double P50 => Percentiles.Of(SortedLatencies, 0.50);

    public double P99 => Percentiles.Of(SortedLatencies, 0.99);
}
