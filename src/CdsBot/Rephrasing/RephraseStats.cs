using System.Collections.Concurrent;
using CdsBot.Observability;

namespace CdsBot.Rephrasing;

/// <summary>
/// How rephrasing went since this instance started: for staff, and for deciding whether it is worth its cost. Model
/// calls and guard refusals are also counted in the host's metrics.
/// </summary>
public sealed class RephraseStats(CdsBotMetrics metrics)
{
    /// <summary>The fallback kinds that are a guard refusing what the model wrote (rather than the model failing).</summary>
    private static readonly string[] GuardKinds = ["fact guard", "leaked instructions"];

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

    public void ModelCalled()
    {
        Interlocked.Increment(ref _modelCalls);
        metrics.ModelCalled();
    }

    /// <summary>Counts a fallback under its kind (the reason up to its first colon).</summary>
    public void FellBack(string reason)
    {
        var kind = reason.Split(':', 2)[0];
        _fallbacks.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (GuardKinds.Contains(kind))
        {
            metrics.GuardRefused(kind);
        }
    }

    public object Snapshot() => new
    {
        rephrased = Interlocked.Read(ref _rephrased),
        cacheHits = Interlocked.Read(ref _cacheHits),
        modelCalls = Interlocked.Read(ref _modelCalls),
        fallbacks = _fallbacks.Values.Sum(),
        fallbacksByReason = _fallbacks.OrderByDescending(f => f.Value).ToDictionary(f => f.Key, f => f.Value),
    };
}
