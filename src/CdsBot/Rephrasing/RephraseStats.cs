using System.Collections.Concurrent;

namespace CdsBot.Rephrasing;

/// <summary>How rephrasing went since this instance started: for staff, and for deciding whether it is worth its cost.</summary>
public sealed class RephraseStats
{
    private readonly ConcurrentDictionary<string, long> _fallbacks = new();
    private long _rephrased;
    private long _cacheHits;
    private long _modelCalls;

    public void Rephrased(bool fromCache)
    {
        Interlocked.Increment(ref _rephrased);
        if (fromCache)
        {
            Interlocked.Increment(ref _cacheHits);
        }
    }

    public void ModelCalled() => Interlocked.Increment(ref _modelCalls);

    /// <summary>Counts a fallback under its kind (the reason up to its first colon).</summary>
    public void FellBack(string reason) => _fallbacks.AddOrUpdate(reason.Split(':', 2)[0], 1, (_, n) => n + 1);

    public object Snapshot() => new
    {
        rephrased = Interlocked.Read(ref _rephrased),
        cacheHits = Interlocked.Read(ref _cacheHits),
        modelCalls = Interlocked.Read(ref _modelCalls),
        fallbacks = _fallbacks.Values.Sum(),
        fallbacksByReason = _fallbacks.OrderByDescending(f => f.Value).ToDictionary(f => f.Key, f => f.Value),
    };
}
