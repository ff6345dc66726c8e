using System.Collections.Concurrent;
using CdsBot.Observability;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Rephrasing;

/// <summary>
/// How rephrasing went, over every instance: for staff, and for deciding whether it is worth its cost. Counting is in
/// memory (a turn does not wait for it); the counts are added to the database's by <see cref="FlushAsync"/>, which
/// <see cref="RephraseStatsFlush"/> runs every few seconds and a snapshot runs first. Model calls and guard refusals
/// are also counted in this instance's metrics.
/// </summary>
public sealed class RephraseStats(IDbContextFactory<CdsBotDbContext> contexts, CdsBotMetrics metrics)
{
    private const string RephrasedCount = "rephrased";
    private const string CacheHitCount = "cache_hits";
    private const string ModelCallCount = "model_calls";
    private const string FallbackPrefix = "fallback:";

    /// <summary>The fallback kinds that are a guard refusing what the model wrote (rather than the model failing).</summary>
    private static readonly string[] GuardKinds = ["fact guard", "leaked instructions"];

    private readonly ConcurrentDictionary<string, long> _unsaved = new(StringComparer.Ordinal);

    public void Rephrased(bool fromCache)
    {
        Add(RephrasedCount);
        if (fromCache)
        {
            Add(CacheHitCount);
        }
    }

    public void ModelCalled()
    {
        Add(ModelCallCount);
        metrics.ModelCalled();
    }

    /// <summary>Counts a fallback under its kind (the reason up to its first colon).</summary>
    public void FellBack(string reason)
    {
        var kind = reason.Split(':', 2)[0];
        Add(FallbackPrefix + kind);
        if (GuardKinds.Contains(kind))
        {
            metrics.GuardRefused(kind);
        }
    }

    /// <summary>Adds what this instance counted since the last flush to the database's counts.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_unsaved.IsEmpty)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var name in _unsaved.Keys)
        {
            if (!_unsaved.TryRemove(name, out var count))
            {
                continue;
            }

            try
            {
                await db.Database.ExecuteSqlAsync(
                    $"""
                     INSERT INTO rephrase_counts ("Name", "Count") VALUES ({name}, {count})
                     ON CONFLICT ("Name") DO UPDATE SET "Count" = rephrase_counts."Count" + excluded."Count"
                     """,
                    cancellationToken);
            }
            catch
            {
                _unsaved.AddOrUpdate(name, count, (_, n) => n + count);
                throw;
            }
        }
    }

    public async Task<object> SnapshotAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.RephraseCounts.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Count, StringComparer.Ordinal, cancellationToken);
        var fallbacks = counts.Where(c => c.Key.StartsWith(FallbackPrefix, StringComparison.Ordinal)).ToDictionary(c => c.Key[FallbackPrefix.Length..], c => c.Value);
        return new
        {
            rephrased = counts.GetValueOrDefault(RephrasedCount),
            cacheHits = counts.GetValueOrDefault(CacheHitCount),
            modelCalls = counts.GetValueOrDefault(ModelCallCount),
            fallbacks = fallbacks.Values.Sum(),
            fallbacksByReason = fallbacks.OrderByDescending(f => f.Value).ToDictionary(f => f.Key, f => f.Value),
        };
    }

    private void Add(string name) => _unsaved.AddOrUpdate(name, 1, (_, n) => n + 1);
}
