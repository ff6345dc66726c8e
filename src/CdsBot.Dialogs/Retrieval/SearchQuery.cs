using System.Collections.Frozen;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// A question as an index sees it: its terms the content knows (with the spellings they were typed in), its distinct
/// unigrams (id -1 for words the content never uses) with their spelling and the discount for another spelling, its
/// count of content words (document references aside), and its distinct word pairs (id -1 for pairs the content never has).
/// </summary>
internal sealed record SearchQuery(Bm25Field.QueryTerm[] Known, (int Id, int Spelling, double Miss)[] Unigrams, int ContentWords, Bm25Field.QueryTerm[] Pairs)
{
    /// <summary>How many of its distinct words the content never uses.</summary>
    public int UnknownWords { get; } = Unigrams.Count(u => u.Id < 0);

    /// <summary>How many of its words are places with no content (<see cref="Content.Localities.IsElsewhere"/>): what the question is about, never chatter.</summary>
    public int ElsewhereWords { get; init; }

    /// <summary>
    /// How many of its distinct words the content uses as typed: a word typed with marks the content spells only
    /// otherwise ("canh" for "cảnh") is not counted.
    /// </summary>
    public int KnownWords { get; } = Unigrams.Count(u => u.Id >= 0 && u.Spelling != Bm25Field.UnknownSpelling);

    /// <summary>What a word typed with marks counts for where the content spells it otherwise.</summary>
    public const double OtherSpelling = 0.3;

    /// <summary>The same for a word typed without marks in a question written with them: a mark may just be missing.</summary>
    public const double OtherPlainSpelling = 0.6;

    /// <summary>
    /// The query of <paramref name="spelled"/> over the vocabulary <paramref name="termIds"/>; its optional terms count
    /// only when the content has them and their unmarked word is one of <paramref name="meant"/> (none count without it).
    /// </summary>
    public static SearchQuery Make(IReadOnlyList<SpelledTerm> spelled, FrozenDictionary<string, int> termIds, IReadOnlySet<string>? meant = null)
    {
        var known = new List<Bm25Field.QueryTerm>(spelled.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unigrams = new List<(int Id, int Spelling, double Miss)>();
        var pairs = new List<Bm25Field.QueryTerm>();
        var (contentWords, elsewhereWords) = (0, 0);
        foreach (var term in spelled)
        {
            if (!seen.Add(term.Term))
            {
                continue;
            }

            var id = termIds.GetValueOrDefault(term.Term, -1);
            if (term.Optional && (id < 0 || meant is null || !Meant(term, meant)))
            {
                seen.Remove(term.Term);
                continue;
            }

            var first = SpellingId(term.First, termIds);
            var firstMiss = term.FirstPlain ? OtherPlainSpelling : OtherSpelling;
            var queryTerm = new Bm25Field.QueryTerm(id, first, SpellingId(term.Second, termIds), firstMiss, term.SecondPlain ? OtherPlainSpelling : OtherSpelling);
            if (!VietnameseTokenizer.IsBigram(term.Term))
            {
                unigrams.Add((id, first, firstMiss));
                contentWords += DocumentReferences.IsDocumentTerm(term.Term) ? 0 : 1;
                elsewhereWords += id < 0 && Content.Localities.IsElsewhere(term.Term) ? 1 : 0;
            }
            else
            {
                pairs.Add(queryTerm);
            }

            if (id >= 0)
            {
                known.Add(queryTerm);
            }
        }

        return new SearchQuery([.. known], [.. unigrams], contentWords, [.. pairs]) { ElsewhereWords = elsewhereWords };
    }

    // An optional word is meant as a content word where the content mostly uses it so; a pair, where one of its unmarked words is.
    private static bool Meant(SpelledTerm term, IReadOnlySet<string> meant)
    {
        if (!VietnameseTokenizer.IsBigram(term.Term))
        {
            return meant.Contains(term.Term);
        }

        var cut = term.Term.IndexOf('_', StringComparison.Ordinal);
        return (term.First is null && meant.Contains(term.Term[..cut])) || (term.Second is null && meant.Contains(term.Term[(cut + 1)..]));
    }

    /// <summary>The documents a question names, each by its most specific term ("doc:52:nq" rather than "doc:52").</summary>
    public static string[] NamedDocuments(IReadOnlyList<SpelledTerm> spelled)
    {
        var terms = spelled.Select(t => t.Term).Where(DocumentReferences.IsDocumentTerm).Distinct(StringComparer.Ordinal).ToList();
        return [.. terms.Where(t => !terms.Any(other => other.Length > t.Length && other.StartsWith(t + ":", StringComparison.Ordinal)))];
    }

    /// <summary>Every word's spelling, with or without marks (ids shared with terms: they index other arrays).</summary>
    public static int[] SpellingIds(IReadOnlyList<Token> tokens, Func<string, int> id) =>
        [.. tokens.Select(t => id(t.Spelled)).Distinct().Order()];

    /// <summary>Whether an indexed text's sorted <paramref name="spellings"/> agree with a query word's; <paramref name="miss"/> when they do not.</summary>
    public static double SpellingFactor(int[] spellings, int spelling, double miss) =>
        spelling == Bm25Field.AnySpelling || (spelling >= 0 && Array.BinarySearch(spellings, spelling) >= 0) ? 1 : miss;

    private static int SpellingId(string? spelling, FrozenDictionary<string, int> termIds) =>
        spelling is null ? Bm25Field.AnySpelling : termIds.GetValueOrDefault(spelling, Bm25Field.UnknownSpelling);
}
