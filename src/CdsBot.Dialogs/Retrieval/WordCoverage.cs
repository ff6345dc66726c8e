namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// How many of a question's content words a reply text itself holds: what a citizen would find answered in it,
/// whatever the index matched on (an item's question side, a passage's heading).
/// </summary>
public static class WordCoverage
{
    /// <summary>How many distinct content words (not function words) <paramref name="question"/> has, after shorthand and synonyms.</summary>
    public static int ContentWords(TextAnalyzer analyzer, string question) => Asked(analyzer, question).Count;

    /// <summary>The share (0 to 1) of the distinct content words of <paramref name="question"/> found in <paramref name="text"/>, both analyzed alike.</summary>
    public static double Of(TextAnalyzer analyzer, string question, string text)
    {
        var asked = Asked(analyzer, question);
        if (asked.Count == 0)
        {
            return 0;
        }

        var said = analyzer.Analyze(text).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
        return (double)asked.Count(said.Contains) / asked.Count;
    }

    private static HashSet<string> Asked(TextAnalyzer analyzer, string question) =>
        analyzer.Analyze(question).Where(t => !VietnameseTokenizer.IsStopWord(t)).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);
}
