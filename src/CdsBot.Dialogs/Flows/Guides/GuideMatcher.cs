using System.Runtime.CompilerServices;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Guides;

/// <summary>
/// Finds the guide a question is about: one whose trigger's words all appear in the question, read as retrieval reads
/// it (without diacritics, shorthand expanded). The trigger covering most words wins; ties go to the first guide.
/// Triggers are analyzed once per content and analyzer in force, not on every answer.
/// </summary>
public static class GuideMatcher
{
    private sealed record Triggers(TextAnalyzer Analyzer, IReadOnlyList<(Guide Guide, IReadOnlyList<string> Words)> Entries);

    private static readonly ConditionalWeakTable<ContentSet, Triggers> Analyzed = [];

    /// <summary>The guide <paramref name="question"/> matches, or null.</summary>
    public static Guide? Match(ContentSet content, TextAnalyzer analyzer, string question)
    {
        if (content.Guides.Count == 0)
        {
            return null;
        }

        var triggers = Analyzed.TryGetValue(content, out var cached) && ReferenceEquals(cached.Analyzer, analyzer) ? cached : Analyze(content, analyzer);
        var words = analyzer.Tokens(question).ToHashSet(StringComparer.Ordinal);
        Guide? best = null;
        var bestLength = 0;
        foreach (var (guide, needed) in triggers.Entries)
        {
            if (needed.Count > bestLength && needed.All(words.Contains))
            {
                (best, bestLength) = (guide, needed.Count);
            }
        }

        return best;
    }

    private static Triggers Analyze(ContentSet content, TextAnalyzer analyzer)
    {
        var triggers = new Triggers(analyzer, [.. content.Guides.SelectMany(g => g.Triggers.Select(t => (g, analyzer.Tokens(t))))]);
        Analyzed.AddOrUpdate(content, triggers);
        return triggers;
    }
}
