namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// One BM25 field shared by the indexes: for each term id, the documents holding it with their precomputed BM25 term
/// weight, and for each spelling id the documents that spell a word so. A document belongs to an item (an FAQ item, a
/// passage); scores are summed or maxed per item into the caller's arrays.
/// </summary>
internal sealed class Bm25Field
{
    private const double K1 = 1.2, B = 0.75;

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

    public Bm25Field(List<Doc> docs, int vocabulary, ScratchBuffers itemScratch)
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

    /// <summary>
    /// <see cref="Score"/> for a field whose items have one document each at most (a passage's text, its heading):
    /// each posting adds to <paramref name="scores"/> directly, weighted, with no per-item pass. With
    /// <paramref name="scale"/> a term counts <see cref="TermScale.Factor"/> as much in the groups it marks.
    /// </summary>
    public int ScoreOwn(QueryTerm[] terms, double[] scores, int[] touched, int touchedCount, double weight, TermScale? scale)
    {
        var flags = _docScratch.RentFlags();
        try
        {
            for (var t = 0; t < terms.Length; t++)
            {
                var term = terms[t];
                if (_postings[term.Id] is not { } postings)
                {
                    continue;
                }

                Mark(flags, term.First, FirstSpelled);
                Mark(flags, term.Second, SecondSpelled);
                var termWeight = weight * _idf[term.Id];
                var scaled = scale?.ByTerm[t];
                foreach (var (doc, docWeight) in postings)
                {
                    var item = _owner[doc];
                    if (scores[item] == 0)
                    {
                        touched[touchedCount++] = item;
                    }

                    var score = termWeight * docWeight * Agreement(term.First, flags[doc], FirstSpelled, term.FirstMiss) * Agreement(term.Second, flags[doc], SecondSpelled, term.SecondMiss);
                    scores[item] += scaled is not null && scaled[scale!.GroupOf[item]] ? score * scale.Factor : score;
                }

                Unmark(flags, term.First);
                Unmark(flags, term.Second);
            }

            return touchedCount;
        }
        finally
        {
            _docScratch.Return(flags);
        }
    }

    /// <summary>Whether <paramref name="item"/>'s document holds <paramref name="term"/> (documents must have been given in item order).</summary>
    public bool Holds(int term, int item)
    {
        if (term < 0 || term >= _postings.Length || _postings[term] is not { } postings)
        {
            return false;
        }

        int low = 0, high = postings.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = _owner[postings[middle].Doc];
            if (found == item)
            {
                return true;
            }

            (low, high) = found < item ? (middle + 1, high) : (low, middle - 1);
        }

        return false;
    }

    /// <summary>Whether <paramref name="item"/>'s document spells a word <paramref name="spelling"/> (documents must have been given in item order).</summary>
    public bool Spells(int spelling, int item)
    {
        if (spelling < 0 || spelling >= _spelledIn.Length || _spelledIn[spelling] is not { } docs)
        {
            return false;
        }

        int low = 0, high = docs.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = _owner[docs[middle]];
            if (found == item)
            {
                return true;
            }

            (low, high) = found < item ? (middle + 1, high) : (low, middle - 1);
        }

        return false;
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

    /// <summary>BM25's inverse document frequency of a term held by <paramref name="frequency"/> of <paramref name="documents"/> documents.</summary>
    public static double Idf(int documents, int frequency) =>
        Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));

    private static double Agreement(int spelling, byte flags, byte flag, double miss) =>
        spelling == AnySpelling || (flags & flag) != 0 ? 1 : miss;

    /// <summary>One indexed text: its item, its term ids (repeated as often as they occur) and its sorted spelling ids.</summary>
    public sealed record Doc(int Item, int[] Terms, int[] Spellings);

    /// <summary>Which query terms count less in which groups of items.</summary>
    /// <param name="GroupOf">Each item's group (a passage's document).</param>
    /// <param name="ByTerm">For each query term (in the order they are scored), the groups where it counts less, or null where it counts fully.</param>
    /// <param name="Factor">How much it counts there.</param>
    public sealed record TermScale(int[] GroupOf, bool[]?[] ByTerm, double Factor);

    /// <summary>A query term and the spellings (ids, or <see cref="AnySpelling"/>) it was typed in.</summary>
    public readonly record struct QueryTerm(int Id, int First, int Second, double FirstMiss = SearchQuery.OtherSpelling, double SecondMiss = SearchQuery.OtherSpelling);
}
