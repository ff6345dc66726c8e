using System.Collections.Frozen;
using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// An in-memory inverted index over curated items, ranked by BM25: over each item's question side as one text
/// (its question, variants, tags, the documents it cites and its locality), over its best single phrasing, and,
/// lighter, over its answer. Words typed with diacritics count fully only where the item spells them the same way
/// ("chứng" is not "chung"); in a question written with diacritics its unmarked words are meant as spelled too,
/// with a milder discount since a mark may just be missing; words of a question typed without diacritics match
/// folded text. A question naming a locality
/// prefers that locality's items. Each candidate carries how much of the question it covers and by how much it
/// leads the runner-up, from which its confidence is read (<see cref="Candidate"/>). Terms are interned as ids,
/// postings carry precomputed BM25 weights, and a search touches only the postings of its own terms.
/// </summary>
public sealed class FaqIndex
{
    private const double K1 = 1.2, B = 0.75;
    private const double ItemWeight = 1.0, PhrasingWeight = 0.25, AnswerWeight = 0.35, AnswerCoverage = 0.6;
    private const double OtherSpelling = 0.3, OtherPlainSpelling = 0.6;
    private const double ReverseWeight = 0.5;
    private const int RerankDepth = 10;
    private const double NamedLocalityBoost = 1.6, OtherLocalityPenalty = 0.35, UnnamedLocalityPenalty = 0.8;
    private const double NamedDocumentBoost = 1.5, OtherDocumentPenalty = 0.4, UncitedDocumentPenalty = 0.7;

    private readonly FaqItem[] _items;
    private readonly TextAnalyzer _analyzer;
    private readonly FrozenDictionary<string, int> _termIds;
    private readonly double[] _itemIdf;
    private readonly double _unknownIdf;
    private readonly int[][] _questionTerms;
    private readonly int[][] _answerTerms;
    private readonly int[][] _questionSpellings;
    private readonly int[][] _answerSpellings;
    private readonly int[][][] _phrasings;
    private readonly Field _phrasingField;
    private readonly Field _itemField;
    private readonly Field _answerField;
    private readonly ScratchBuffers _itemScratch;
    private readonly Dictionary<string, int> _positions;
    private readonly HashSet<string>[] _citations;
    private readonly FrozenDictionary<string, int[]> _citing;

    /// <summary>Indexes <paramref name="items"/> with plain text analysis (no synonyms, no localities).</summary>
    public FaqIndex(IEnumerable<FaqItem> items) : this(items, TextAnalyzer.Plain, [])
    {
    }

    /// <summary>Indexes <paramref name="items"/> (callers pass only the answerable ones).</summary>
    public FaqIndex(IEnumerable<FaqItem> items, TextAnalyzer analyzer, IReadOnlyList<Locality> localities)
    {
        _items = [.. items];
        _positions = _items.Select((item, i) => (item.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _citations = [.. _items.Select(item => item.Sources.SelectMany(DocumentReferences.TermsOfNumber).ToHashSet(StringComparer.Ordinal))];
        _citing = _citations
            .SelectMany((terms, item) => terms.Select(term => (Term: term, Item: item)))
            .GroupBy(c => c.Term, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(c => c.Item).Distinct().ToArray(), StringComparer.Ordinal);
        _analyzer = analyzer;
        var localityNames = localities.ToDictionary(l => l.Id, l => l.Name);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string term)
        {
            if (!ids.TryGetValue(term, out var id))
            {
                ids[term] = id = ids.Count;
            }

            return id;
        }

        var phrasingDocs = new List<Field.Doc>();
        var itemDocs = new List<Field.Doc>();
        var answerDocs = new List<Field.Doc>();
        _questionTerms = new int[_items.Length][];
        _answerTerms = new int[_items.Length][];
        _questionSpellings = new int[_items.Length][];
        _answerSpellings = new int[_items.Length][];
        _phrasings = new int[_items.Length][][];
        for (var i = 0; i < _items.Length; i++)
        {
            var item = _items[i];
            var questionSide = new List<int>();
            var questionSpellings = new HashSet<int>();
            var phrasings = new List<int[]>();
            foreach (var phrasing in new[] { item.Question }.Concat(item.Variants).Append(string.Join(' ', item.Tags)))
            {
                var tokens = analyzer.Analyze(phrasing);
                var terms = TextAnalyzer.SpelledTerms(tokens, asSpelled: true);
                if (terms.Count == 0)
                {
                    continue;
                }

                var termIds = terms.Select(t => Id(t.Term)).ToArray();
                var spellings = SpellingIds(tokens, Id);
                phrasingDocs.Add(new Field.Doc(i, termIds, spellings));
                questionSide.AddRange(termIds);
                questionSpellings.UnionWith(spellings);
                phrasings.Add([.. terms.Where(t => !VietnameseTokenizer.IsBigram(t.Term)).Select(t => Id(t.Term)).Distinct()]);
            }

            // What an item cites and where it applies find it too, though its phrasings may not say so.
            var context = item.Sources.SelectMany(DocumentReferences.TermsOfNumber).ToList();
            if (localityNames.TryGetValue(item.Locality, out var localityName))
            {
                context.AddRange(analyzer.Terms(localityName));
            }

            if (context.Count > 0)
            {
                var contextIds = context.Select(Id).ToArray();
                phrasingDocs.Add(new Field.Doc(i, contextIds, []));
                questionSide.AddRange(contextIds);
            }

            var questionSpelled = questionSpellings.Order().ToArray();
            itemDocs.Add(new Field.Doc(i, [.. questionSide], questionSpelled));
            var answerTokens = analyzer.Analyze(item.Answer);
            var answerIds = TextAnalyzer.SpelledTerms(answerTokens, asSpelled: true).Select(t => Id(t.Term)).ToArray();
            var answerSpelled = SpellingIds(answerTokens, Id);
            answerDocs.Add(new Field.Doc(i, answerIds, answerSpelled));
            _questionTerms[i] = [.. questionSide.Distinct().Order()];
            _answerTerms[i] = [.. answerIds.Distinct().Order()];
            _questionSpellings[i] = questionSpelled;
            _answerSpellings[i] = answerSpelled;
            _phrasings[i] = [.. phrasings];
        }

        _termIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
        var itemFrequency = new int[ids.Count];
        for (var i = 0; i < _items.Length; i++)
        {
            foreach (var term in _questionTerms[i].Union(_answerTerms[i]))
            {
                itemFrequency[term]++;
            }
        }

        _itemIdf = [.. itemFrequency.Select(f => Idf(_items.Length, f))];
        _unknownIdf = Idf(_items.Length, 0);
        _itemScratch = new ScratchBuffers(_items.Length);
        _phrasingField = new Field(phrasingDocs, ids.Count, _itemScratch);
        _itemField = new Field(itemDocs, ids.Count, _itemScratch);
        _answerField = new Field(answerDocs, ids.Count, _itemScratch);
    }

    /// <summary>How many items are indexed.</summary>
    public int Count => _items.Length;

    /// <summary>The best <paramref name="limit"/> items for <paramref name="question"/>, best first.</summary>
    public IReadOnlyList<Candidate> Search(string question, int limit = 5) => Search(question, limit, null);

    /// <summary>
    /// The best <paramref name="limit"/> items for <paramref name="question"/>, best first, each item's rank multiplied
    /// by <paramref name="weight"/> (an item weighted 0 is left out; all weigh 1 when null).
    /// </summary>
    public IReadOnlyList<Candidate> Search(string question, int limit, Func<FaqItem, double>? weight)
    {
        var (tokens, spelled) = Analyze(question);
        if (spelled.Count == 0 || _items.Length == 0)
        {
            return [];
        }

        var query = MakeQuery(spelled);
        var scores = _itemScratch.RentScores();
        var touched = _itemScratch.RentIndices();
        var touchedCount = 0;
        try
        {
            touchedCount = _itemField.Score(query.Known, scores, touched, touchedCount, ItemWeight, max: false);
            touchedCount = _phrasingField.Score(query.Known, scores, touched, touchedCount, PhrasingWeight, max: true);
            touchedCount = _answerField.Score(query.Known, scores, touched, touchedCount, AnswerWeight, max: false);
            var named = _analyzer.Localities([.. tokens.Select(t => t.Folded)]);
            var citing = ItemsCiting(NamedDocuments(spelled));
            var depth = Math.Max(limit, RerankDepth);
            var top = new PriorityQueue<int, double>(depth + 1);
            foreach (var item in touched.AsSpan(0, touchedCount))
            {
                var factor = weight?.Invoke(_items[item]) ?? 1;
                if (factor <= 0)
                {
                    continue;
                }

                var rank = scores[item] * factor * LocalityFactor(_items[item].Locality, named) * DocumentFactor(item, citing);
                if (top.Count < depth)
                {
                    top.Enqueue(item, rank);
                }
                else if (top.TryPeek(out _, out var lowest) && rank > lowest)
                {
                    top.EnqueueDequeue(item, rank);
                }
            }

            var ranked = new List<(int Item, double Rank)>(top.Count);
            while (top.TryDequeue(out var item, out var rank))
            {
                ranked.Add((item, rank));
            }

            ranked.Reverse();

            var fits = ranked.Select(r => Fit(query, r.Item)).ToArray();
            var candidates = new List<Candidate>(Math.Min(limit, ranked.Count));
            for (var r = 0; r < ranked.Count && r < limit; r++)
            {
                // Each candidate is judged against its strongest rival: the runner-up for the best, the best for the others.
                var (item, rank) = ranked[r];
                var rival = r == 0 ? 1 : 0;
                var hasRival = rival < ranked.Count;
                var rivalRank = hasRival ? ranked[rival].Rank : 0;
                var evidence = new AnswerEvidence(
                    Fit: fits[r],
                    RivalFit: hasRival ? fits[rival] : 0,
                    Coverage: Coverage(query, item),
                    Margin: Margin(query, item, hasRival ? ranked[rival].Item : -1),
                    Lead: (rank - rivalRank) / Math.Max(rank, rivalRank),
                    Rank: rank);
                candidates.Add(new Candidate(_items[item], AnswerConfidence.Of(evidence), rank) { Evidence = evidence });
            }

            return candidates;
        }
        finally
        {
            foreach (var item in touched.AsSpan(0, touchedCount))
            {
                scores[item] = 0;
            }

            _itemScratch.Return(scores);
            _itemScratch.Return(touched);
        }
    }

    /// <summary>
    /// The share of the informative weight of <paramref name="text"/> (its words and word pairs) that
    /// <paramref name="item"/> covers, 0 to 1; 0 for an item not in the index.
    /// </summary>
    public double Covers(string text, FaqItem item)
    {
        if (!_positions.TryGetValue(item.Id, out var position))
        {
            return 0;
        }

        var query = MakeQuery(Analyze(text).Terms);
        double total = query.Unigrams.Count(u => u.Id < 0) * _unknownIdf, covered = 0;
        foreach (var term in query.Known)
        {
            total += _itemIdf[term.Id];
            covered += _itemIdf[term.Id] * Covers(position, term);
        }

        return total == 0 ? 0 : covered / total;
    }

    /// <summary>A question's words (shorthand and synonyms applied) and search terms, its unmarked words taken as spelled when it was written with marks.</summary>
    private (IReadOnlyList<Token> Tokens, IReadOnlyList<SpelledTerm> Terms) Analyze(string question)
    {
        var typed = VietnameseTokenizer.Analyze(question);
        var tokens = _analyzer.Expand(typed);
        return (tokens, TextAnalyzer.SpelledTerms(tokens, VietnameseTokenizer.IsWrittenWithMarks(typed)));
    }

    private Query MakeQuery(IReadOnlyList<SpelledTerm> spelled)
    {
        var known = new List<Field.QueryTerm>(spelled.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unigrams = new List<(int Id, int Spelling, double Miss)>();
        var contentWords = 0;
        foreach (var term in spelled)
        {
            if (!seen.Add(term.Term))
            {
                continue;
            }

            var id = _termIds.GetValueOrDefault(term.Term, -1);
            var first = SpellingId(term.First);
            var firstMiss = term.FirstPlain ? OtherPlainSpelling : OtherSpelling;
            if (!VietnameseTokenizer.IsBigram(term.Term))
            {
                unigrams.Add((id, first, firstMiss));
                contentWords += DocumentReferences.IsDocumentTerm(term.Term) ? 0 : 1;
            }

            if (id >= 0)
            {
                known.Add(new Field.QueryTerm(id, first, SpellingId(term.Second), firstMiss, term.SecondPlain ? OtherPlainSpelling : OtherSpelling));
            }
        }

        return new Query([.. known], [.. unigrams], contentWords);
    }

    private int SpellingId(string? spelling) =>
        spelling is null ? Field.AnySpelling : _termIds.GetValueOrDefault(spelling, Field.UnknownSpelling);

    // Every word's spelling, with or without marks (ids shared with terms: they index other arrays).
    private static int[] SpellingIds(IReadOnlyList<Token> tokens, Func<string, int> id) =>
        [.. tokens.Select(t => id(t.Spelled)).Distinct().Order()];

    /// <summary>The documents a question names, each by its most specific term ("doc:52:nq" rather than "doc:52").</summary>
    private static string[] NamedDocuments(IReadOnlyList<SpelledTerm> spelled)
    {
        var terms = spelled.Select(t => t.Term).Where(DocumentReferences.IsDocumentTerm).Distinct(StringComparer.Ordinal).ToList();
        return [.. terms.Where(t => !terms.Any(other => other.Length > t.Length && other.StartsWith(t + ":", StringComparison.Ordinal)))];
    }

    /// <summary>The items citing any of the <paramref name="named"/> documents; null when the question names none.</summary>
    private HashSet<int>? ItemsCiting(string[] named) =>
        named.Length == 0 ? null : [.. named.SelectMany(term => _citing.GetValueOrDefault(term, []))];

    /// <summary>A question naming a document prefers the items citing it over items citing other documents.</summary>
    private double DocumentFactor(int item, HashSet<int>? citing) =>
        citing is null ? 1
        : citing.Contains(item) ? NamedDocumentBoost
        : _citations[item].Count > 0 ? OtherDocumentPenalty
        : UncitedDocumentPenalty;

    private static double LocalityFactor(string locality, IReadOnlySet<string> named) =>
        locality == Localities.National ? 1
        : named.Contains(locality) ? NamedLocalityBoost
        : named.Count > 0 ? OtherLocalityPenalty
        : UnnamedLocalityPenalty;

    /// <summary>
    /// How much of the question the item covers, discounted when the question covers little of any of the item's
    /// phrasings: "tôi muốn xin việc làm" shares "việc" with "Công văn 1850 … về việc gì?" but says nothing of it.
    /// </summary>
    private double Fit(Query query, int item)
    {
        var reverse = 0.0;
        foreach (var phrasing in _phrasings[item])
        {
            double total = 0, covered = 0;
            foreach (var term in phrasing)
            {
                total += _itemIdf[term];
                foreach (var (id, spelling, miss) in query.Unigrams)
                {
                    if (id == term)
                    {
                        covered += _itemIdf[term] * SpellingFactor(_questionSpellings[item], spelling, miss);
                        break;
                    }
                }
            }

            reverse = Math.Max(reverse, total == 0 ? 0 : covered / total);
        }

        var confidence = Math.Pow(Coverage(query, item), 1 - ReverseWeight) * Math.Pow(reverse, ReverseWeight);

        // One content word says little: it is only as good as it is the whole of one of the item's phrasings.
        return query.ContentWords <= 1 ? Math.Min(confidence, reverse) : confidence;
    }

    /// <summary>
    /// What the question says for <paramref name="item"/> and not for <paramref name="other"/>, less the reverse, as a
    /// share of the question's informative weight: 0 when the question fits both alike ("chế độ thai sản" for two
    /// items that both say it), near 1 when only the item answers what it asks.
    /// </summary>
    private double Margin(Query query, int item, int other)
    {
        double total = 0, difference = 0;
        foreach (var term in query.Known)
        {
            var idf = _itemIdf[term.Id];
            total += idf;
            difference += idf * (Covers(item, term) - (other < 0 ? 0 : Covers(other, term)));
        }

        foreach (var (term, _, _) in query.Unigrams)
        {
            total += term < 0 ? _unknownIdf : 0;
        }

        return total == 0 ? 0 : difference / total;
    }

    private double Covers(int item, Field.QueryTerm term) =>
        Array.BinarySearch(_questionTerms[item], term.Id) >= 0
            ? SpellingFactor(_questionSpellings[item], term.First, term.FirstMiss) * SpellingFactor(_questionSpellings[item], term.Second, term.SecondMiss)
            : Array.BinarySearch(_answerTerms[item], term.Id) >= 0
                ? AnswerCoverage * SpellingFactor(_answerSpellings[item], term.First, term.FirstMiss) * SpellingFactor(_answerSpellings[item], term.Second, term.SecondMiss)
                : 0;

    private double Coverage(Query query, int item)
    {
        double total = 0, covered = 0;
        foreach (var (term, spelling, miss) in query.Unigrams)
        {
            if (term < 0)
            {
                total += _unknownIdf;
                continue;
            }

            var idf = _itemIdf[term];
            total += idf;
            if (Array.BinarySearch(_questionTerms[item], term) >= 0)
            {
                covered += idf * SpellingFactor(_questionSpellings[item], spelling, miss);
            }
            else if (Array.BinarySearch(_answerTerms[item], term) >= 0)
            {
                covered += idf * AnswerCoverage * SpellingFactor(_answerSpellings[item], spelling, miss);
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    private static double SpellingFactor(int[] spellings, int spelling, double miss) =>
        spelling == Field.AnySpelling || (spelling >= 0 && Array.BinarySearch(spellings, spelling) >= 0) ? 1 : miss;

    private static double Idf(int documents, int frequency) =>
        Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

    /// <summary>A question's known terms, its distinct unigrams (id -1 for words the content never uses) with their spelling, and its count of content words.</summary>
    private sealed record Query(Field.QueryTerm[] Known, (int Id, int Spelling, double Miss)[] Unigrams, int ContentWords);

    /// <summary>One BM25 field: for each term id, the documents holding it with their precomputed BM25 term weight.</summary>
    private sealed class Field
    {
        /// <summary>A query word typed without diacritics: any spelling matches.</summary>
        public const int AnySpelling = -1;

        /// <summary>A query word spelled in a way no content spells it: only folded matches, all discounted.</summary>
        public const int UnknownSpelling = -2;

        private readonly (int Doc, float Weight)[]?[] _postings;
        private readonly double[] _idf;
        private readonly int[] _owner;
        private readonly int[]?[] _spelledIn;
        private readonly ScratchBuffers _docScratch;
        private readonly ScratchBuffers _itemScratch;

        public Field(List<Doc> docs, int vocabulary, ScratchBuffers itemScratch)
        {
            _owner = [.. docs.Select(d => d.Item)];
            var spelledIn = new List<int>?[vocabulary];
            for (var d = 0; d < docs.Count; d++)
            {
                foreach (var spelling in docs[d].Spellings)
                {
                    (spelledIn[spelling] ??= []).Add(d);
                }
            }

            _spelledIn = [.. spelledIn.Select(l => l?.ToArray())];
            _docScratch = new ScratchBuffers(docs.Count);
            _itemScratch = itemScratch;
            var averageLength = docs.Count == 0 ? 1 : Math.Max(1, docs.Average(d => d.Terms.Length));
            var lists = new List<(int, float)>?[vocabulary];
            for (var d = 0; d < docs.Count; d++)
            {
                var length = docs[d].Terms.Length;
                foreach (var group in docs[d].Terms.GroupBy(t => t))
                {
                    var count = group.Count();
                    var weight = count * (K1 + 1) / (count + (K1 * (1 - B + (B * length / averageLength))));
                    (lists[group.Key] ??= []).Add((d, (float)weight));
                }
            }

            _postings = [.. lists.Select(l => l?.ToArray())];
            _idf = [.. _postings.Select(p => p is null ? 0 : Idf(docs.Count, p.Length))];
        }

        /// <summary>
        /// Adds this field's BM25 per item to <paramref name="scores"/>, recording newly scored items in
        /// <paramref name="touched"/> after its first <paramref name="touchedCount"/>; with <paramref name="max"/> an
        /// item counts its best document only. Returns the new count of touched items.
        /// </summary>
        public int Score(QueryTerm[] terms, double[] scores, int[] touched, int touchedCount, double weight, bool max)
        {
            var perDoc = _docScratch.RentScores();
            var docs = _docScratch.RentIndices();
            var flags = _docScratch.RentFlags();
            var perItem = _itemScratch.RentScores();
            var items = _itemScratch.RentIndices();
            var docCount = 0;
            var itemCount = 0;
            try
            {
                foreach (var term in terms)
                {
                    if (_postings[term.Id] is not { } postings)
                    {
                        continue;
                    }

                    // Mark the documents that spell the term's words as typed; the others match after folding only.
                    Mark(flags, term.First, FirstSpelled);
                    Mark(flags, term.Second, SecondSpelled);
                    var idf = _idf[term.Id];
                    foreach (var (doc, termWeight) in postings)
                    {
                        if (perDoc[doc] == 0)
                        {
                            docs[docCount++] = doc;
                        }

                        var spelled = Agreement(term.First, flags[doc], FirstSpelled, term.FirstMiss) * Agreement(term.Second, flags[doc], SecondSpelled, term.SecondMiss);
                        perDoc[doc] += idf * termWeight * spelled;
                    }

                    Unmark(flags, term.First);
                    Unmark(flags, term.Second);
                }

                foreach (var doc in docs.AsSpan(0, docCount))
                {
                    var item = _owner[doc];
                    if (perItem[item] == 0)
                    {
                        items[itemCount++] = item;
                    }

                    perItem[item] = max ? Math.Max(perItem[item], perDoc[doc]) : perItem[item] + perDoc[doc];
                }

                foreach (var item in items.AsSpan(0, itemCount))
                {
                    if (scores[item] == 0)
                    {
                        touched[touchedCount++] = item;
                    }

                    scores[item] += weight * perItem[item];
                }

                return touchedCount;
            }
            finally
            {
                foreach (var doc in docs.AsSpan(0, docCount))
                {
                    perDoc[doc] = 0;
                }

                foreach (var item in items.AsSpan(0, itemCount))
                {
                    perItem[item] = 0;
                }

                _docScratch.Return(perDoc);
                _docScratch.Return(docs);
                _docScratch.Return(flags);
                _itemScratch.Return(perItem);
                _itemScratch.Return(items);
            }
        }

        private const byte FirstSpelled = 1, SecondSpelled = 2;

        private void Mark(byte[] flags, int spelling, byte flag)
        {
            if (spelling >= 0 && _spelledIn[spelling] is { } spelledIn)
            {
                foreach (var doc in spelledIn)
                {
                    flags[doc] |= flag;
                }
            }
        }

        private void Unmark(byte[] flags, int spelling)
        {
            if (spelling >= 0 && _spelledIn[spelling] is { } spelledIn)
            {
                foreach (var doc in spelledIn)
                {
                    flags[doc] = 0;
                }
            }
        }

        private static double Agreement(int spelling, byte flags, byte flag, double miss) =>
            spelling == AnySpelling || (flags & flag) != 0 ? 1 : miss;

        /// <summary>One indexed text: its item, its term ids (repeated as often as they occur) and its sorted spelling ids.</summary>
        public sealed record Doc(int Item, int[] Terms, int[] Spellings);

        /// <summary>A query term and the spellings (ids, or <see cref="AnySpelling"/>) it was typed in.</summary>
        public readonly record struct QueryTerm(int Id, int First, int Second, double FirstMiss = OtherSpelling, double SecondMiss = OtherSpelling);
    }
}
