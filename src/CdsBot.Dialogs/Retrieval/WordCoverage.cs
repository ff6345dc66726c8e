using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// How many of a question's content words a reply text itself holds: what a citizen would find answered in it,
/// whatever the index matched on (an item's question side, a passage's heading).
/// </summary>
public static class WordCoverage
{
    /// <summary>The distinct content words (not function words) of an analyzed question, folded.</summary>
    public static IReadOnlySet<string> Asked(IEnumerable<Token> question) =>
        question.Where(t => !VietnameseTokenizer.IsStopWord(t)).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);

    /// <summary>The distinct words of <paramref name="text"/>, after shorthand and synonyms, folded.</summary>
    public static IReadOnlySet<string> Said(TextAnalyzer analyzer, string text) => Said(analyzer.Analyze(text));

    /// <summary>What an item is about and says, folded: the distinct words of its question, its variants and its answer.</summary>
    public static IReadOnlySet<string> Said(TextAnalyzer analyzer, FaqItem item) =>
        Said(analyzer, $"{item.Question} {string.Join(' ', item.Variants)} {item.Answer}");

    /// <summary>The distinct words of an analyzed text, folded.</summary>
    public static IReadOnlySet<string> Said(IEnumerable<Token> text) => text.Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);

    /// <summary>The share (0 to 1) of the <paramref name="asked"/> words among the <paramref name="said"/> ones.</summary>
    public static double Of(IReadOnlySet<string> asked, IReadOnlySet<string> said) =>
        asked.Count == 0 ? 0 : (double)asked.Count(said.Contains) / asked.Count;

    /// <summary>How many of the <paramref name="asked"/> words <paramref name="saidElsewhere"/> holds that <paramref name="said"/> does not.</summary>
    public static int Missing(IReadOnlySet<string> asked, IReadOnlySet<string> said, IReadOnlySet<string> saidElsewhere) =>
        asked.Count(a => saidElsewhere.Contains(a) && !said.Contains(a));
}
