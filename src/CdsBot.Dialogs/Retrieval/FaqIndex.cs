using System.Collections.Frozen;
using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// An in-memory inverted index over curated items. Ranking is BM25 over each question phrasing (the best
/// phrasing counts) plus a lighter BM25 over the answer. Confidence is calibrated separately as the share of
/// the question's informative weight (IDF) that the item covers, so that a question full of words the
/// content never uses ("giá cà phê hôm nay") scores low however the ranking falls. An item's question side
/// also carries the documents it cites and its locality's name; a question naming a locality prefers that
/// locality's items over other provinces'.
/// </summary>
public sealed class FaqIndex
{
    private const double K1 = 1.2, B = 0.75, AnswerWeight = 0.35, AnswerCoverage = 0.6;
    private const int RerankDepth = 10;
    private const double ReverseWeight = 0.5;
    private const double NamedLocalityBoost = 1.6, OtherLocalityPenalty = 0.35, UnnamedLocalityPenalty = 0.8;

    private readonly FaqItem[] _items;
    private readonly TextAnalyzer _analyzer;
    private readonly Field _questions;
    private readonly Field _answers;
    private readonly FrozenDictionary<string, int> _itemFrequency;
    private readonly FrozenSet<string>[] _questionTerms;
    private readonly string[][][] _phrasings;
    private readonly FrozenSet<string>[] _answerTerms;

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
        var questionDocs = new List<(int Item, IReadOnlyList<string> Terms)>();
        var answerDocs = new List<(int Item, IReadOnlyList<string> Terms)>();
        _questionTerms = new FrozenSet<string>[_items.Length];
        _phrasings = new string[_items.Length][][];
        _answerTerms = new FrozenSet<string>[_items.Length];
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _items.Length; i++)
        {
            var item = _items[i];
            var phrasings = new[] { item.Question }.Concat(item.Variants).Append(string.Join(' ', item.Tags));
            var questionSide = new HashSet<string>(StringComparer.Ordinal);
            var itemPhrasings = new List<string[]>();
            foreach (var phrasing in phrasings)
            {
                var terms = analyzer.Terms(phrasing);
                if (terms.Count > 0)
                {
                    questionDocs.Add((i, terms));
                    questionSide.UnionWith(terms);
                    itemPhrasings.Add([.. terms.Where(t => !VietnameseTokenizer.IsBigram(t)).Distinct()]);
                }
            }

            _phrasings[i] = [.. itemPhrasings];

            // What an item cites and where it applies find it too, though its phrasings may not say so.
            var context = item.Sources.SelectMany(DocumentReferences.TermsOfNumber).ToList();
            if (localityNames.TryGetValue(item.Locality, out var localityName))
            {
                context.AddRange(analyzer.Terms(localityName));
            }

            if (context.Count > 0)
            {
                questionDocs.Add((i, context));
                questionSide.UnionWith(context);
            }

            var answerTerms = analyzer.Terms(item.Answer);
            answerDocs.Add((i, answerTerms));
            _questionTerms[i] = questionSide.ToFrozenSet(StringComparer.Ordinal);
            _answerTerms[i] = answerTerms.ToFrozenSet(StringComparer.Ordinal);
            foreach (var term in questionSide.Union(answerTerms))
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        _itemFrequency = frequency.ToFrozenDictionary(StringComparer.Ordinal);
        _questions = new Field(questionDocs);
        _answers = new Field(answerDocs);
    }

    /// <summary>How many items are indexed.</summary>
    public int Count => _items.Length;

    /// <summary>The best <paramref name="limit"/> items for <paramref name="question"/>, best first.</summary>
    public IReadOnlyList<Candidate> Search(string question, int limit = 5)
    {
        var tokens = _analyzer.Tokens(question);
        var terms = TextAnalyzer.Terms(tokens);
        if (terms.Count == 0 || _items.Length == 0)
        {
            return [];
        }

        var rank = new Dictionary<int, double>();
        _questions.Score(terms, rank, 1.0, max: true);
        _answers.Score(terms, rank, AnswerWeight, max: false);

        var named = _analyzer.Localities(tokens);
        foreach (var item in rank.Keys.ToList())
        {
            var locality = _items[item].Locality;
            if (locality != Localities.National)
            {
                rank[item] *= named.Contains(locality) ? NamedLocalityBoost
                    : named.Count > 0 ? OtherLocalityPenalty
                    : UnnamedLocalityPenalty;
            }
        }

        // BM25 finds the candidates; calibrated confidence orders the best few, BM25 breaking ties.
        var query = terms.Where(t => !VietnameseTokenizer.IsBigram(t)).ToHashSet(StringComparer.Ordinal);
        return [.. rank
            .OrderByDescending(r => r.Value)
            .Take(Math.Max(limit, RerankDepth))
            .Select(r => new Candidate(_items[r.Key], Confidence(query, r.Key), r.Value))
            .OrderByDescending(c => Math.Round(c.Confidence, 3))
            .ThenByDescending(c => c.Rank)
            .Take(limit)];
    }

    /// <summary>
    /// How much of the question the item covers, discounted when the question covers little of any of the item's
    /// phrasings: "tôi muốn xin việc làm" shares "việc" with "Công văn 1850 … về việc gì?" but says nothing of it.
    /// </summary>
    private double Confidence(HashSet<string> query, int item)
    {
        var reverse = 0.0;
        foreach (var phrasing in _phrasings[item])
        {
            double total = 0, covered = 0;
            foreach (var term in phrasing)
            {
                var idf = Idf(_items.Length, _itemFrequency.GetValueOrDefault(term));
                total += idf;
                if (query.Contains(term))
                {
                    covered += idf;
                }
            }

            reverse = Math.Max(reverse, total == 0 ? 0 : covered / total);
        }

        var confidence = Math.Pow(Coverage(query, item), 1 - ReverseWeight) * Math.Pow(reverse, ReverseWeight);

        // One content word says little: it is only as good as it is the whole of one of the item's phrasings.
        return query.Count(t => !DocumentReferences.IsDocumentTerm(t)) <= 1 ? Math.Min(confidence, reverse) : confidence;
    }

    private double Coverage(HashSet<string> query, int item)
    {
        double total = 0, covered = 0;
        foreach (var term in query)
        {
            var idf = Idf(_items.Length, _itemFrequency.GetValueOrDefault(term));
            total += idf;
            if (_questionTerms[item].Contains(term))
            {
                covered += idf;
            }
            else if (_answerTerms[item].Contains(term))
            {
                covered += idf * AnswerCoverage;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    private static double Idf(int documents, int frequency) =>
        Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

    /// <summary>One BM25 field: postings of term → (document, term frequency), each document owned by an item.</summary>
    private sealed class Field
    {
        private readonly FrozenDictionary<string, (int Doc, int Count)[]> _postings;
        private readonly int[] _owner;
        private readonly int[] _length;
        private readonly double _averageLength;

        public Field(List<(int Item, IReadOnlyList<string> Terms)> docs)
        {
            _owner = [.. docs.Select(d => d.Item)];
            _length = [.. docs.Select(d => d.Terms.Count)];
            _averageLength = docs.Count == 0 ? 1 : Math.Max(1, _length.Average());
            var postings = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
            for (var d = 0; d < docs.Count; d++)
            {
                foreach (var group in docs[d].Terms.GroupBy(t => t, StringComparer.Ordinal))
                {
                    if (!postings.TryGetValue(group.Key, out var list))
                    {
                        postings[group.Key] = list = [];
                    }

                    list.Add((d, group.Count()));
                }
            }

            _postings = postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        }

        /// <summary>Adds this field's BM25 per item to <paramref name="rank"/>; with <paramref name="max"/> an item counts its best document only.</summary>
        public void Score(IReadOnlyList<string> terms, Dictionary<int, double> rank, double weight, bool max)
        {
            var perDoc = new Dictionary<int, double>();
            foreach (var term in terms.Distinct())
            {
                if (!_postings.TryGetValue(term, out var postings))
                {
                    continue;
                }

                var idf = Idf(_owner.Length, postings.Length);
                foreach (var (doc, count) in postings)
                {
                    var norm = count * (K1 + 1) / (count + (K1 * (1 - B + (B * _length[doc] / _averageLength))));
                    perDoc[doc] = perDoc.GetValueOrDefault(doc) + (idf * norm);
                }
            }

            var perItem = new Dictionary<int, double>();
            foreach (var (doc, score) in perDoc)
            {
                var item = _owner[doc];
                perItem[item] = max ? Math.Max(perItem.GetValueOrDefault(item), score) : perItem.GetValueOrDefault(item) + score;
            }

            foreach (var (item, score) in perItem)
            {
                rank[item] = rank.GetValueOrDefault(item) + (weight * score);
            }
        }
    }
}
