using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// Turns text into search terms, the same way for questions and for content: folded tokens, abbreviations and
/// synonyms replaced by what they mean ("cccd" → "can cuoc cong dan", "ko" → "khong"), function words dropped,
/// syllable bigrams added, document references added as "doc:" terms. It also says which localities a text names.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly Dictionary<string, List<(string[] Words, string[] Means)>> _synonyms = new(StringComparer.Ordinal);
    private readonly List<(string[] Words, string Locality)> _localityNames = [];

    /// <summary>Creates an analyzer for the given synonyms and localities.</summary>
    public TextAnalyzer(IEnumerable<Synonym> synonyms, IEnumerable<Locality> localities)
    {
        foreach (var synonym in synonyms)
        {
            var words = VietnameseTokenizer.Tokens(synonym.Term).ToArray();
            var means = VietnameseTokenizer.Tokens(synonym.Means).ToArray();
            if (words.Length == 0 || means.Length == 0 || words.SequenceEqual(means))
            {
                continue;
            }

            if (!_synonyms.TryGetValue(words[0], out var list))
            {
                _synonyms[words[0]] = list = [];
            }

            list.Add((words, means));
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        foreach (var locality in localities)
        {
            foreach (var name in locality.Aliases.Prepend(locality.Name))
            {
                var words = VietnameseTokenizer.Tokens(name).ToArray();
                if (words.Length > 0)
                {
                    _localityNames.Add((words, locality.Id));
                }
            }
        }

        _localityNames.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>An analyzer with no synonyms or localities.</summary>
    public static TextAnalyzer Plain { get; } = new([], []);

    /// <summary>Folded tokens with synonyms applied.</summary>
    public IReadOnlyList<string> Tokens(string text)
    {
        var tokens = VietnameseTokenizer.Tokens(text);
        if (_synonyms.Count == 0)
        {
            return tokens;
        }

        var expanded = new List<string>(tokens.Count + 4);
        for (var i = 0; i < tokens.Count;)
        {
            var replaced = false;
            if (_synonyms.TryGetValue(tokens[i], out var candidates))
            {
                foreach (var (words, means) in candidates)
                {
                    if (StartsAt(tokens, i, words))
                    {
                        expanded.AddRange(means);
                        i += words.Length;
                        replaced = true;
                        break;
                    }
                }
            }

            if (!replaced)
            {
                expanded.Add(tokens[i]);
                i++;
            }
        }

        return expanded;
    }

    /// <summary>The search terms of <paramref name="text"/>: content words, bigrams and document references.</summary>
    public IReadOnlyList<string> Terms(string text) => Terms(Tokens(text));

    /// <summary>The search terms of already analyzed tokens.</summary>
    public static IReadOnlyList<string> Terms(IReadOnlyList<string> tokens)
    {
        var terms = new List<string>(VietnameseTokenizer.Terms(tokens));
        terms.AddRange(DocumentReferences.Terms(tokens));
        return terms;
    }

    /// <summary>The ids of the localities <paramref name="tokens"/> name.</summary>
    public IReadOnlySet<string> Localities(IReadOnlyList<string> tokens)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (words, locality) in _localityNames)
            {
                if (StartsAt(tokens, i, words))
                {
                    found.Add(locality);
                }
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="words"/> stand in <paramref name="tokens"/> from position <paramref name="at"/>.</summary>
    internal static bool StartsAt(IReadOnlyList<string> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            if (tokens[at + w] != words[w])
            {
                return false;
            }
        }

        return true;
    }
}
