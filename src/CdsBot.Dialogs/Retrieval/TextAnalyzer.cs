using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// Turns text into search terms, the same way for questions and for content: words folded and kept as spelled,
/// chat shorthand and then synonyms replaced by what they mean ("ko" → "không", "cccd" → "căn cước công dân"),
/// function words dropped, syllable bigrams added, document references added as "doc:" terms. It also says which
/// localities a text names.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly Replacements _shorthand;
    private readonly Replacements _synonyms;
    private readonly List<(string[] Words, string Locality)> _localityNames = [];
    private readonly List<(string[] Words, string Locality)> _elsewhere = [];
    private readonly Dictionary<string, string> _elsewhereNames = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates an analyzer for the given synonyms, localities and chat shorthand; of <paramref name="elsewhere"/> (the
    /// provinces of the country), those not among <paramref name="localities"/> are known as places with no content.
    /// </summary>
    public TextAnalyzer(IEnumerable<Synonym> synonyms, IEnumerable<Locality> localities, IEnumerable<Synonym>? shorthand = null, IEnumerable<Province>? elsewhere = null)
    {
        _shorthand = new Replacements(shorthand ?? [], null);
        _synonyms = new Replacements(synonyms, _shorthand);
        var terms = (shorthand ?? []).Concat(synonyms).Select(entry => VietnameseTokenizer.Tokens(entry.Term)).ToList();
        TermWords = terms.SelectMany(words => words).ToHashSet(StringComparer.Ordinal);
        OneWordTerms = terms.Where(words => words.Count == 1).Select(words => words[0]).ToHashSet(StringComparer.Ordinal);

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

        // A province the deployment serves is known by its own entry; the others by every way they are written, read as
        // questions are ("tp hcm"). Only a deployment serving a province knows which are others: one listing only its
        // communes would take its own province for another.
        var served = _localityNames.Select(n => string.Join(' ', n.Words)).ToHashSet(StringComparer.Ordinal);
        var provinces = (elsewhere ?? [])
            .Select(p => (Province: p, Forms: p.Forms.Select(f => Expand(VietnameseTokenizer.Analyze(f)).Select(t => t.Folded).ToArray()).Where(w => w.Length > 0).ToList()))
            .ToList();
        var others = provinces.Where(p => !p.Forms.Any(words => served.Contains(string.Join(' ', words)))).ToList();
        if (others.Count < provinces.Count)
        {
            foreach (var (province, forms) in others)
            {
                _elsewhere.AddRange(forms.Select(words => (words, province.Id)));
                _elsewhereNames[province.Id] = province.Name;
            }

            _elsewhere.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>
    /// The names of the places <paramref name="tokens"/> (folded) name when they name only places the deployment does not
    /// serve (<see cref="Content.Localities.IsElsewhere"/>): "Nam Định"; empty when they name none, or one it serves.
    /// </summary>
    public IReadOnlyList<string> NotServed(IReadOnlyList<string> tokens)
    {
        var named = Localities(tokens);
        return named.Count > 0 && named.All(Content.Localities.IsElsewhere)
            ? [.. named.Select(id => _elsewhereNames[id]).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>The folded words of the terms the shorthand and synonym tables read ("ko", "cccd", "online", "tin", "fake").</summary>
    public IReadOnlySet<string> TermWords { get; }

    /// <summary>The folded terms of one word the tables read ("ko", "cccd", "online").</summary>
    public IReadOnlySet<string> OneWordTerms { get; }

    /// <summary>An analyzer with no synonyms or localities.</summary>
    public static TextAnalyzer Plain { get; } = new([], []);

    /// <summary>Folded tokens with shorthand and synonyms applied.</summary>
    public IReadOnlyList<string> Tokens(string text) => [.. Analyze(text).Select(t => t.Folded)];

    /// <summary>The words of <paramref name="text"/>, folded and as spelled, with shorthand and synonyms applied.</summary>
    public IReadOnlyList<Token> Analyze(string text) => Expand(VietnameseTokenizer.Analyze(text));

    /// <summary>
    /// A question's words (slips of the keyboard mended by <paramref name="speller"/>, shorthand and synonyms applied)
    /// and its search terms, its unmarked words taken as spelled when it was written with diacritics. The name of a
    /// place with no content is one word no content says, not the words it folds to ("nam định" is not "năm định").
    /// </summary>
    public (IReadOnlyList<Token> Tokens, IReadOnlyList<SpelledTerm> Terms) AnalyzeQuestion(string question, Speller? speller = null)
    {
        var typed = VietnameseTokenizer.Analyze(question);
        var tokens = Expand(speller?.Correct(typed) ?? typed);
        return (tokens, SpelledTerms(ElsewhereAsOneWord(tokens), VietnameseTokenizer.IsWrittenWithMarks(typed)));
    }

    /// <summary>The words of already tokenized text, with shorthand and synonyms applied.</summary>
    public IReadOnlyList<Token> Expand(IReadOnlyList<Token> tokens) => _synonyms.Apply(_shorthand.Apply(tokens));

    /// <summary>
    /// The search terms of analyzed tokens, each with the spellings its words were written in. With
    /// <paramref name="asSpelled"/> (content, or a question written with diacritics) words without marks are taken
    /// as spelled too; otherwise they match any spelling.
    /// </summary>
    public static IReadOnlyList<SpelledTerm> SpelledTerms(IReadOnlyList<Token> tokens, bool asSpelled = false)
    {
        var terms = new List<SpelledTerm>(tokens.Count * 2);
        foreach (var token in tokens)
        {
            if (!VietnameseTokenizer.IsStopWord(token, asSpelled))
            {
                terms.Add(new SpelledTerm(token.Folded, Spelling(token), FirstPlain: IsPlain(token)));
            }
            else if (IsAmbiguous(token))
            {
                terms.Add(new SpelledTerm(token.Folded, Optional: true));
            }
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!VietnameseTokenizer.IsStopWord(tokens[i], asSpelled) || !VietnameseTokenizer.IsStopWord(tokens[i + 1], asSpelled))
            {
                terms.Add(new SpelledTerm(tokens[i].Folded + "_" + tokens[i + 1].Folded, Spelling(tokens[i]), Spelling(tokens[i + 1]), IsPlain(tokens[i]), IsPlain(tokens[i + 1])));
            }
            else if (IsAmbiguous(tokens[i]) || IsAmbiguous(tokens[i + 1]))
            {
                terms.Add(new SpelledTerm(tokens[i].Folded + "_" + tokens[i + 1].Folded, Spelling(tokens[i]), Spelling(tokens[i + 1]), Optional: true));
            }
        }

        var folded = tokens.Select(t => t.Folded).ToList();
        terms.AddRange(DocumentReferences.Terms(folded).Select(t => new SpelledTerm(t)));
        return terms;

        string? Spelling(Token token) => token.HasMarks || (asSpelled && IsWord(token)) ? token.Spelled : null;

        bool IsPlain(Token token) => !token.HasMarks && asSpelled && IsWord(token);

        static bool IsWord(Token token) => token.Folded.All(char.IsLetter);

        // Typed without marks in a question typed without them, a function word may be a content word folded.
        bool IsAmbiguous(Token token) => !asSpelled && !token.HasMarks;
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
        foreach (var (_, _, locality) in Places(tokens))
        {
            found.Add(locality);
        }

        return found;
    }

    /// <summary>
    /// The places <paramref name="tokens"/> name, in order: each served locality's name; and outside those, each other
    /// province's, where it stands first or after a word that introduces a place ("tỉnh", "tp", "ở", "tại", "của", "dân",
    /// "và"…): elsewhere, folded, a name is often an everyday phrase ("Việt Nam định hướng", "thẻ đa năng", "mức đóng thấp").
    /// </summary>
    private IEnumerable<(int Start, int Length, string Locality)> Places(IReadOnlyList<string> tokens)
    {
        var servedUntil = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var longest = 0;
            foreach (var (words, locality) in _localityNames)
            {
                if (StartsAt(tokens, i, words))
                {
                    longest = Math.Max(longest, words.Length);
                    yield return (i, words.Length, locality);
                }
            }

            servedUntil = Math.Max(servedUntil, i + longest);
            if (i < servedUntil || _elsewhere.Count == 0)
            {
                continue;
            }

            foreach (var (words, locality) in _elsewhere)
            {
                if (StartsAt(tokens, i, words) && (i == 0 || PlaceWords.Contains(tokens[i - 1]) || IntroducesItself(words)))
                {
                    yield return (i, words.Length, locality);
                    servedUntil = i + words.Length;
                    break;
                }
            }
        }
    }

    // Folded words before a place's name that introduce it: "tỉnh", "tp", "(thành) phố", "ở", "tại", "của", "dân", "và",
    // "với", "còn", "về", "từ", "đến".
    private static readonly HashSet<string> PlaceWords = ["tinh", "tp", "pho", "o", "tai", "cua", "dan", "va", "voi", "con", "ve", "tu", "den"];

    /// <summary>Whether a way of writing a place's name opens with what introduces it: "tỉnh …", "tp …", "thành phố …", "thủ đô …", "tphcm".</summary>
    private static bool IntroducesItself(string[] words) =>
        words[0] is "tinh" or "tp" or "tphcm" || (words.Length > 2 && (words[0], words[1]) is ("thanh", "pho") or ("thu", "do"));

    /// <summary><paramref name="tokens"/> without the names of localities in them ("kế hoạch của Thái Bình" → "kế hoạch của").</summary>
    public IReadOnlyList<Token> WithoutLocalities(IReadOnlyList<Token> tokens)
    {
        var named = new bool[tokens.Count];
        foreach (var (start, length, _) in Places([.. tokens.Select(t => t.Folded)]))
        {
            Array.Fill(named, true, start, length);
        }

        return [.. tokens.Where((_, i) => !named[i])];
    }

    /// <summary><paramref name="tokens"/> with the name of each place the deployment does not serve as one word, its id.</summary>
    private IReadOnlyList<Token> ElsewhereAsOneWord(IReadOnlyList<Token> tokens)
    {
        if (_elsewhereNames.Count == 0)
        {
            return tokens;
        }

        var places = Places([.. tokens.Select(t => t.Folded)]).Where(p => Content.Localities.IsElsewhere(p.Locality)).ToList();
        if (places.Count == 0)
        {
            return tokens;
        }

        var result = new List<Token>(tokens.Count);
        var at = 0;
        foreach (var (start, length, locality) in places)
        {
            result.AddRange(tokens.Skip(at).Take(start - at));
            result.Add(Token.Plain(locality));
            at = start + length;
        }

        result.AddRange(tokens.Skip(at));
        return result;
    }

    /// <summary>Whether <paramref name="words"/> stand anywhere in <paramref name="tokens"/>.</summary>
    internal static bool Contains(IReadOnlyList<string> tokens, string[] words)
    {
        for (var at = 0; at + words.Length <= tokens.Count; at++)
        {
            if (StartsAt(tokens, at, words))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// A table of words and what they mean, applied longest first. A term ending in <see cref="Synonym.NumberMark"/>
    /// ("kh #") applies only before a number: "kh 44" is "kế hoạch 44", while "kh" alone is left as typed.
    /// </summary>
    private sealed class Replacements
    {
        private readonly Dictionary<string, List<(Token[] Words, Token[] Means, bool BeforeNumber)>> _byFirstWord = new(StringComparer.Ordinal);

        /// <summary>Builds the table; the words of each entry are first put through <paramref name="before"/>, the table applied before this one.</summary>
        public Replacements(IEnumerable<Synonym> entries, Replacements? before)
        {
            foreach (var entry in entries)
            {
                var beforeNumber = entry.IsBeforeNumber;
                var termTokens = VietnameseTokenizer.Analyze(entry.Term);
                var words = (before?.Apply(termTokens) ?? termTokens).ToArray();
                var means = VietnameseTokenizer.Analyze(entry.Means).ToArray();
                if (words.Length == 0 || means.Length == 0 || words.Select(w => w.Spelled).SequenceEqual(means.Select(m => m.Spelled)))
                {
                    continue;
                }

                if (!_byFirstWord.TryGetValue(words[0].Folded, out var list))
                {
                    _byFirstWord[words[0].Folded] = list = [];
                }

                list.Add((words, means, beforeNumber));
                list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            }
        }

        public IReadOnlyList<Token> Apply(IReadOnlyList<Token> tokens)
        {
            if (_byFirstWord.Count == 0)
            {
                return tokens;
            }

            var expanded = new List<Token>(tokens.Count + 4);
            for (var i = 0; i < tokens.Count;)
            {
                var replaced = false;
                if (_byFirstWord.TryGetValue(tokens[i].Folded, out var candidates))
                {
                    foreach (var (words, means, beforeNumber) in candidates)
                    {
                        if (StartsAt(tokens, i, words) && (!beforeNumber || (i + words.Length < tokens.Count && char.IsDigit(tokens[i + words.Length].Folded[0]))))
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

        /// <summary>Whether <paramref name="words"/> stand at <paramref name="at"/>: a word typed with marks must be spelled as the entry spells it ("hỏng" is not "hong").</summary>
        private static bool StartsAt(IReadOnlyList<Token> tokens, int at, Token[] words)
        {
            if (at + words.Length > tokens.Count)
            {
                return false;
            }

            for (var w = 0; w < words.Length; w++)
            {
                var token = tokens[at + w];
                if (token.Folded != words[w].Folded || (token.HasMarks && token.Spelled != words[w].Spelled))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
