using System.Collections.Frozen;
using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// An in-memory inverted index over curated items. Ranking is BM25 over each question phrasing (the best
/// phrasing counts) plus a lighter BM25 over the answer. Confidence is calibrated separately: the share of
/// the question's informative weight (IDF) the item covers, combined with how much of the item's best phrasing
/// the question covers, so that a question full of words the content never uses ("giá cà phê hôm nay"), or one
/// that shares a single word with an item, scores low however the ranking falls. An item's question side also
/// carries the documents it cites and its locality's name; a question naming a locality prefers that locality's
/// items over other provinces'. Terms are interned as ids, postings carry precomputed BM25 weights, and a
/// search touches only the postings of its own terms.
/// </summary>
public sealed class FaqIndex
{
    private const double K1 = 1.2, B = 0.75, AnswerWeight = 0.35, AnswerCoverage = 0.6;
    private const int RerankDepth = 10;
    private const double ReverseWeight = 0.5;
    private const double NamedLocalityBoost = 1.6, OtherLocalityPenalty = 0.35, UnnamedLocalityPenalty = 0.8;


    private readonly FaqItem[] _items;
    private readonly TextAnalyzer _analyzer;
    private readonly FrozenDictionary<string, int> _termIds;
    private readonly double[] _itemIdf;
    private readonly double _unknownIdf;
    private readonly int[][] _questionTerms;
    private readonly int[][] _answerTerms;
    private readonly int[][][] _phrasings;
    private readonly Field _questions;
    private readonly Field _answers;
    private readonly ScratchBuffers _itemScratch;

    /// <summary>Indexes <paramref name="items"/> with plain text analysis (no synonyms, no localities).</summary>
    public FaqIndex(IEnumerable<FaqItem> items) : this(items, TextAnalyzer.Plain, [])
    {
    }

    /// <summary>Indexes <paramref name="items"/> (callers pass only the answerable ones).</summary>
    public FaqIndex(IEnumerable<FaqItem> items, TextAnalyzer analyzer, IReadOnlyList<Locality> localities)
    {
        _items = [.. items];
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

        var questionDocs = new List<(int Item, int[] Terms)>();
        var answerDocs = new List<(int Item, int[] Terms)>();
        _questionTerms = new int[_items.Length][];
        _answerTerms = new int[_items.Length][];
        _phrasings = new int[_items.Length][][];
        for (var i = 0; i < _items.Length; i++)
        {
            var item = _items[i];
            var questionSide = new HashSet<int>();
            var phrasings = new List<int[]>();
            foreach (var phrasing in new[] { item.Question }.Concat(item.Variants).Append(string.Join(' ', item.Tags)))
            {
                var terms = analyzer.Terms(phrasing);
                if (terms.Count > 0)
                {
                    var termIds = terms.Select(Id).ToArray();
                    questionDocs.Add((i, termIds));
                    questionSide.UnionWith(termIds);
                    phrasings.Add([.. terms.Where(t => !VietnameseTokenizer.IsBigram(t)).Select(Id).Distinct()]);
                }
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
                questionDocs.Add((i, contextIds));
                questionSide.UnionWith(contextIds);
            }

            var answerIds = analyzer.Terms(item.Answer).Select(Id).ToArray();
            answerDocs.Add((i, answerIds));
            _questionTerms[i] = [.. questionSide.Order()];
            _answerTerms[i] = [.. answerIds.Distinct().Order()];
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
        _questions = new Field(questionDocs, ids.Count, _itemScratch);
        _answers = new Field(answerDocs, ids.Count, _itemScratch);
    }

    /// <summary>How many items are indexed.</summary>
    public int Count => _items.Length;

    /// <summary>The best <paramref name="limit"/> items for <paramref name="question"/>, most confident first.</summary>
    public IReadOnlyList<Candidate> Search(string question, int limit = 5)
    {
        var tokens = _analyzer.Tokens(question);
        var terms = TextAnalyzer.Terms(tokens);
        if (terms.Count == 0 || _items.Length == 0)
        {
            return [];
        }

        var known = terms.Select(t => _termIds.GetValueOrDefault(t, -1)).Where(id => id >= 0).Distinct().ToArray();
        var unigrams = terms.Where(t => !VietnameseTokenizer.IsBigram(t)).Distinct(StringComparer.Ordinal).ToArray();
        var query = new Query(
            [.. unigrams.Select(t => _termIds.GetValueOrDefault(t, -1))],
            unigrams.Count(t => !DocumentReferences.IsDocumentTerm(t)));

        var scores = _itemScratch.RentScores();
        var touched = _itemScratch.RentIndices();
        var touchedCount = 0;
        try
        {
            touchedCount = _questions.Score(known, scores, touched, touchedCount, 1.0, max: true);
            touchedCount = _answers.Score(known, scores, touched, touchedCount, AnswerWeight, max: false);
            var named = _analyzer.Localities(tokens);
            var top = new PriorityQueue<int, double>(RerankDepth + 1);
            foreach (var item in touched.AsSpan(0, touchedCount))
            {
                var rank = scores[item] * LocalityFactor(_items[item].Locality, named);
                scores[item] = rank;
                top.Enqueue(item, rank);
                if (top.Count > Math.Max(limit, RerankDepth))
                {
                    top.Dequeue();
                }
            }

            // BM25 finds the candidates; calibrated confidence orders the best few, BM25 breaking ties.
            var candidates = new List<Candidate>(top.Count);
            while (top.TryDequeue(out var item, out var rank))
            {
                candidates.Add(new Candidate(_items[item], Confidence(query, item), rank));
            }

            return [.. candidates
                .OrderByDescending(c => Math.Round(c.Confidence, 3))
                .ThenByDescending(c => c.Rank)
                .Take(limit)];
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

    private static double LocalityFactor(string locality, IReadOnlySet<string> named) =>
        locality == Localities.National ? 1
        : named.Contains(locality) ? NamedLocalityBoost
        : named.Count > 0 ? OtherLocalityPenalty
        : UnnamedLocalityPenalty;

    /// <summary>
    /// How much of the question the item covers, discounted when the question covers little of any of the item's
    /// phrasings: "tôi muốn xin việc làm" shares "việc" with "Công văn 1850 … về việc gì?" but says nothing of it.
    /// </summary>
    private double Confidence(Query query, int item)
    {
        var reverse = 0.0;
        foreach (var phrasing in _phrasings[item])
        {
            double total = 0, covered = 0;
            foreach (var term in phrasing)
            {
                total += _itemIdf[term];
                if (Array.IndexOf(query.Terms, term) >= 0)
                {
                    covered += _itemIdf[term];
                }
            }

            reverse = Math.Max(reverse, total == 0 ? 0 : covered / total);
        }

        var confidence = Math.Pow(Coverage(query, item), 1 - ReverseWeight) * Math.Pow(reverse, ReverseWeight);

        // One content word says little: it is only as good as it is the whole of one of the item's phrasings.
        return query.ContentWords <= 1 ? Math.Min(confidence, reverse) : confidence;
    }

    private double Coverage(Query query, int item)
    {
        double total = 0, covered = 0;
        foreach (var term in query.Terms)
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
                covered += idf;
            }
            else if (Array.BinarySearch(_answerTerms[item], term) >= 0)
            {
                covered += idf * AnswerCoverage;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    private static double Idf(int documents, int frequency) =>
        Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

    /// <summary>A question's distinct unigram term ids (-1 for words the content never uses) and its count of content words.</summary>
    private sealed record Query(int[] Terms, int ContentWords);

    /// <summary>One BM25 field: for each term id, the documents holding it with their precomputed BM25 term weight.</summary>
    private sealed class Field
    {
        private readonly (int Doc, float Weight)[]?[] _postings;
        private readonly double[] _idf;
        private readonly int[] _owner;
        private readonly ScratchBuffers _docScratch;
        private readonly ScratchBuffers _itemScratch;

        public Field(List<(int Item, int[] Terms)> docs, int vocabulary, ScratchBuffers itemScratch)
        {
            _owner = [.. docs.Select(d => d.Item)];
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
        public int Score(int[] terms, double[] scores, int[] touched, int touchedCount, double weight, bool max)
        {
            var perDoc = _docScratch.RentScores();
            var docs = _docScratch.RentIndices();
            var perItem = _itemScratch.RentScores();
            var items = _itemScratch.RentIndices();
            var docCount = 0;
            var itemCount = 0;
            try
            {
                foreach (var term in terms)
                {
                    if (_postings[term] is not { } postings)
                    {
                        continue;
                    }

                    var idf = _idf[term];
                    foreach (var (doc, termWeight) in postings)
                    {
                        if (perDoc[doc] == 0)
                        {
                            docs[docCount++] = doc;
                        }

                        perDoc[doc] += idf * termWeight;
                    }
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
                _itemScratch.Return(perItem);
                _itemScratch.Return(items);
            }
        }
    }
}
