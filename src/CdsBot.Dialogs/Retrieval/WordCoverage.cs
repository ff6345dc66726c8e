namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// How many of a question's content words a reply text itself holds: what a citizen would find answered in it,
/// whatever the index matched on (an item's question side, a passage's heading).
/// </summary>
public static class WordCoverage
{
    /// <summary>The distinct content words (not function words) of <paramref name="question"/>, after shorthand and synonyms, folded.</summary>
    public static IReadOnlySet<string> Asked(TextAnalyzer analyzer, string question) =>
        analyzer.Analyze(question).Where(t => !VietnameseTokenizer.IsStopWord(t)).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);

    /// <summary>The share (0 to 1) of the <paramref name="asked"/> words found in <paramref name="text"/>, analyzed alike.</summary>
    public static double Of(TextAnalyzer analyzer, IReadOnlySet<string> asked, string text)
    {
        if (asked.Count == 0)
        {
            return 0;
        }

        var said = analyzer.Analyze(text).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        return (double)asked.Count(said.Contains) / asked.Count;
    }

    /// <summary>How many of the <paramref name="asked"/> words <paramref name="other"/> holds that <paramref name="text"/> does not.</summary>
    public static int Missing(TextAnalyzer analyzer, IReadOnlySet<string> asked, string text, string other)
    {
        var said = analyzer.Analyze(text).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        var saidElsewhere = analyzer.Analyze(other).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        return asked.Count(a => saidElsewhere.Contains(a) && !said.Contains(a));
    }
}
