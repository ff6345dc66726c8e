using System.Collections.Frozen;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// An in-memory inverted index over curated items, ranked by BM25: over each item's question side as one text
/// (its question, variants, tags, the documents it cites and its locality), over its best single phrasing, and,
/// lighter, over its answer. Words typed with diacritics count fully only where the item spells them the same way
/// ("chứng" is not "chung"); in a question written with diacritics its unmarked words are meant as spelled too,
/// with a milder discount since a mark may just be missing; words of a question typed without diacritics match
/// folded text, and its words that fold to a function word count where the content, beside the same neighbour,
/// mostly spells them as another word ("nha o" is "nhà ở", "tai ho so" is "tải hồ sơ"). The best few by BM25 are ranked again by how much of the question
/// each covers. A question naming a locality
/// prefers that locality's items. Each candidate carries how much of the question it covers and by how much it
/// leads the runner-up, from which its confidence is read (<see cref="Candidate"/>). Terms are interned as ids,
/// postings carry precomputed BM25 weights, and a search touches only the postings of its own terms.
/// </summary>
public sealed class FaqIndex
{
    private const double ItemWeight = 1.0, PhrasingWeight = 0.25, AnswerWeight = 0.35, AnswerCoverage = 0.6;
    private const double ReverseWeight = 0.5;

    // What a word the content never uses weighs in the share of a question an item covers, against the rarest word it
    // does use, as long as the question has as many words the content knows (UnknownWeightOf): it tells that the
    // question may be about something else, but in a citizen's long message it is mostly chatter or a slip ("ba nội tôi
    // 68t…"), not the subject.
    private const double UnknownWeight = 0.25;

    private const int RerankDepth = 10;

    // How much of what a question naming a place asks besides the place an item must cover to fit as well as it otherwise would.
    private const double PlacelessCoverage = 0.3;
    private const double NamedLocalityBoost = 1.6, OtherLocalityPenalty = 0.35, UnnamedLocalityPenalty = 0.8;
    private const double NamedDocumentBoost = 1.5, OtherDocumentPenalty = 0.4, UncitedDocumentPenalty = 0.7;
    private const double OtherYearPenalty = 0.5;

    private readonly FaqItem[] _items;
    private readonly TextAnalyzer _analyzer;
    private readonly FrozenDictionary<string, int> _termIds;
    private readonly Speller _speller;
    private readonly double[] _itemIdf;
    private readonly int[] _itemFrequency;
    private readonly double _unknownIdf;
    private readonly int[][] _questionTerms;
    private readonly int[][] _answerTerms;
    private readonly int[][] _questionSpellings;
    private readonly int[][] _answerSpellings;
    private readonly int[][][] _phrasings;
    private readonly Bm25Field _phrasingField;
    private readonly Bm25Field _itemField;
    private readonly Bm25Field _answerField;
    private readonly ScratchBuffers _itemScratch;
    private readonly Dictionary<string, int> _positions;
    private readonly HashSet<string>[] _citations;

    // Each item's locality as an index into _localities, so a search works out a place's factor once, not per item.
    private readonly string[] _localities;
    private readonly int[] _localityOf;
    private readonly string[][] _years;
    private readonly (string From, string To)[][] _periods;
    private readonly FrozenDictionary<string, int[]> _citing;
    private readonly FunctionWordUses _uses;
    private readonly FrozenDictionary<string, FrozenDictionary<int, int>> _topicAsking;
    private readonly HashSet<string> _placeTopics;

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
        _localities = [.. _items.Select(item => item.Locality).Distinct(StringComparer.Ordinal)];
        var localityIndex = _localities.Select((locality, i) => (locality, i)).ToDictionary(p => p.locality, p => p.i, StringComparer.Ordinal);
        _localityOf = [.. _items.Select(item => localityIndex[item.Locality])];
        _placeTopics = [.. _items.Where(item => item.Locality != Localities.National).Select(item => item.Topic)];
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

        var uses = new FunctionWordUses();
        var phrasingDocs = new List<Bm25Field.Doc>();
        var itemDocs = new List<Bm25Field.Doc>();
        var answerDocs = new List<Bm25Field.Doc>();
        _questionTerms = new int[_items.Length][];
        _answerTerms = new int[_items.Length][];
        _questionSpellings = new int[_items.Length][];
        _answerSpellings = new int[_items.Length][];
        _phrasings = new int[_items.Length][][];
        _years = new string[_items.Length][];
        _periods = new (string, string)[_items.Length][];
        for (var i = 0; i < _items.Length; i++)
        {
            var item = _items[i];
            var questionSide = new List<int>();
            var questionSpellings = new HashSet<int>();
            var phrasings = new List<int[]>();
            foreach (var phrasing in new[] { item.Question }.Concat(item.Variants).Append(string.Join(' ', item.Tags)))
            {
                var tokens = analyzer.Analyze(phrasing);
                uses.Add(tokens);
                var terms = TextAnalyzer.SpelledTerms(tokens, asSpelled: true);
                if (terms.Count == 0)
                {
                    continue;
                }

                var termIds = terms.Select(t => Id(t.Term)).ToArray();
                var spellings = SearchQuery.SpellingIds(tokens, Id);
                phrasingDocs.Add(new Bm25Field.Doc(i, termIds, spellings));
                questionSide.AddRange(termIds);
                questionSpellings.UnionWith(spellings);
                phrasings.Add([.. terms.Where(t => !VietnameseTokenizer.IsBigram(t.Term)).Select(t => Id(t.Term)).Distinct()]);
            }

            // "Chính quyền số là gì, khác chính quyền điện tử thế nào?" asks "chính quyền số là gì" on its own too: a
            // citizen asking just that says the whole of one of the item's phrasings.
            if (LeadingQuestion(analyzer, item.Question) is { } leading)
            {
                var terms = TextAnalyzer.SpelledTerms(leading, asSpelled: true);
                phrasingDocs.Add(new Bm25Field.Doc(i, [.. terms.Select(t => Id(t.Term))], SearchQuery.SpellingIds(leading, Id)));
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
                phrasingDocs.Add(new Bm25Field.Doc(i, contextIds, []));
                questionSide.AddRange(contextIds);
            }

            var questionSpelled = questionSpellings.Order().ToArray();
            itemDocs.Add(new Bm25Field.Doc(i, [.. questionSide], questionSpelled));
            var answerTokens = analyzer.Analyze(item.Answer);
            uses.Add(answerTokens);
            var answerIds = TextAnalyzer.SpelledTerms(answerTokens, asSpelled: true).Select(t => Id(t.Term)).ToArray();
            var answerSpelled = SearchQuery.SpellingIds(answerTokens, Id);
            answerDocs.Add(new Bm25Field.Doc(i, answerIds, answerSpelled));
            _questionTerms[i] = [.. questionSide.Distinct().Order()];
            _answerTerms[i] = [.. answerIds.Distinct().Order()];
            _questionSpellings[i] = questionSpelled;
            _answerSpellings[i] = answerSpelled;
            _phrasings[i] = [.. phrasings];
            var phrasingWords = item.Variants.Prepend(item.Question).Select(VietnameseTokenizer.Analyze).ToList();
            _years[i] = [.. phrasingWords.SelectMany(Years).Distinct()];
            _periods[i] = [.. phrasingWords.SelectMany(Periods).Distinct()];
        }

        _termIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
        _topicAsking = _items
            .Select((item, i) => (item.Topic, Terms: _phrasings[i].SelectMany(p => p).Distinct()))
            .GroupBy(x => x.Topic, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(x => x.Terms).CountBy(t => t).ToFrozenDictionary(c => c.Key, c => c.Value), StringComparer.Ordinal);
        _uses = uses;

        var itemFrequency = new int[ids.Count];
        for (var i = 0; i < _items.Length; i++)
        {
            foreach (var term in _questionTerms[i].Union(_answerTerms[i]))
            {
                itemFrequency[term]++;
            }
        }

        _itemFrequency = itemFrequency;

        // Slips of the keyboard are mended towards the words the items use and the one-word terms of shorthand and
        // synonyms ("onlien" → "online"); a word of a longer term is known, not a target ("face" is not "fake").
        _speller = new Speller(
            ids.Where(t => !VietnameseTokenizer.IsBigram(t.Key))
                .Select(t => KeyValuePair.Create(t.Key, itemFrequency[t.Value]))
                .Concat(analyzer.OneWordTerms.Select(w => KeyValuePair.Create(w, 1))),
            analyzer.TermWords);
        _itemIdf = [.. itemFrequency.Select(f => Bm25Field.Idf(_items.Length, f))];
        _unknownIdf = Bm25Field.Idf(_items.Length, 0);
        _itemScratch = new ScratchBuffers(_items.Length);
        _phrasingField = new Bm25Field(phrasingDocs, ids.Count, _itemScratch);
        _itemField = new Bm25Field(itemDocs, ids.Count, _itemScratch);
        _answerField = new Bm25Field(answerDocs, ids.Count, _itemScratch);
    }

    /// <summary>
    /// The share (0 to 1) of the items whose question side or answer uses <paramref name="term"/>, an analyzed term
    /// (a folded word, or two neighbouring ones joined by "_"): how common it is in what the store says.
    /// </summary>
    public double ItemShare(string term) =>
        _items.Length > 0 && _termIds.TryGetValue(term, out var id) ? (double)_itemFrequency[id] / _items.Length : 0;

    /// <summary>
    /// The folded words of <paramref name="tokens"/>, typed without marks, that fold to a function word but that the
    /// content, beside the same neighbour, mostly spells as another word ("ma otp" is "mã OTP", "tai ho so" "tải hồ sơ").
    /// </summary>
    public IReadOnlySet<string> MeantAsContent(IReadOnlyList<Token> tokens) => _uses.MeantIn(tokens);

    /// <summary>
    /// How many items of <paramref name="topic"/> use the folded word <paramref name="word"/> in one of their phrasings
    /// (question, variants, tags): how many of the topic's items ask about it.
    /// </summary>
    public int ItemsOfTopicAsking(string topic, string word) =>
        _termIds.TryGetValue(word, out var id) && _topicAsking.TryGetValue(topic, out var counts) ? counts.GetValueOrDefault(id) : 0;

    /// <summary>How many items are indexed.</summary>
    public int Count => _items.Length;

    /// <summary>The best <paramref name="limit"/> items for <paramref name="question"/>, best first.</summary>
    public IReadOnlyList<Candidate> Search(string question, int limit = 5) => Search(question, limit, weight: null);

    /// <summary>
    /// The best <paramref name="limit"/> items for <paramref name="question"/> within <paramref name="scope"/>: items of
    /// topics outside it are left out, and a question naming no locality is read as naming the scope's.
    /// </summary>
    public IReadOnlyList<Candidate> Search(string question, int limit, ContentScope scope) => Search(question, limit, weight: null, scope);

    /// <summary>
    /// The best <paramref name="limit"/> items for <paramref name="question"/>, best first, each item's rank multiplied
    /// by <paramref name="weight"/> (an item weighted 0 is left out; all weigh 1 when null), within
    /// <paramref name="scope"/> (everything when null).
    /// </summary>
    public IReadOnlyList<Candidate> Search(string question, int limit, Func<FaqItem, double>? weight, ContentScope? scope = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var found = Rank(question, limit, weight, scope);
        RetrievalMetrics.Searched("faq", started);
        return found;
    }

    private List<Candidate> Rank(string question, int limit, Func<FaqItem, double>? weight, ContentScope? scope)
    {
        var (tokens, spelled) = _analyzer.AnalyzeQuestion(question, _speller);
        if (spelled.Count == 0 || _items.Length == 0)
        {
            return [];
        }

        var query = SearchQuery.Make(spelled, _termIds, _uses.MeantIn(tokens));
        var scores = _itemScratch.RentScores();
        var touched = _itemScratch.RentIndices();
        var touchedCount = 0;
        try
        {
            touchedCount = _itemField.Score(query.Known, scores, touched, touchedCount, ItemWeight, max: false);
            touchedCount = _phrasingField.Score(query.Known, scores, touched, touchedCount, PhrasingWeight, max: true);
            touchedCount = _answerField.Score(query.Known, scores, touched, touchedCount, AnswerWeight, max: false);
            string[] folded = [.. tokens.Select(t => t.Folded)];
            var asked = _analyzer.Localities(folded);
            var talked = asked.Count == 0 ? scope?.Talked : null;
            var named = talked is null ? InScope(asked, scope) : asked;
            var citing = ItemsCiting(SearchQuery.NamedDocuments(spelled));
            var years = Years(tokens).ToArray();
            var targetYears = citing is null ? years : TargetYears(tokens);
            Span<double> placeFactors = _localities.Length <= 64 ? stackalloc double[_localities.Length] : new double[_localities.Length];
            for (var l = 0; l < _localities.Length; l++)
            {
                placeFactors[l] = talked is null ? LocalityFactor(_localities[l], named) : TalkedFactor(_localities[l], talked);
            }

            var depth = Math.Max(limit, RerankDepth);
            var top = new PriorityQueue<int, double>(depth + 1);
            foreach (var item in touched.AsSpan(0, touchedCount))
            {
                var factor = scope is null || scope.Allows(_items[item].Topic) ? weight?.Invoke(_items[item]) ?? 1 : 0;
                if (factor <= 0)
                {
                    continue;
                }

                var rank = scores[item] * factor * placeFactors[_localityOf[item]] * DocumentFactor(item, citing) * YearFactor(item, years);
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

            // BM25 sums what the item says of the question's words, however few of them; the best few are ranked again by
            // how much of the question each covers, so an item saying one word often does not beat one saying all of them.
            // A weighted search is left as BM25 ranks it: its text is a follow-up joined to the question before it, of
            // which no item is meant to cover the whole.
            if (weight is null)
            {
                for (var r = 0; r < ranked.Count; r++)
                {
                    ranked[r] = (ranked[r].Item, ranked[r].Rank * Coverage(query, ranked[r].Item));
                }

                ranked.Sort((a, b) => b.Rank.CompareTo(a.Rank));
            }

            // Each candidate is judged against its strongest rival: the runner-up for the best, the best for the others.
            // Items of one yearly series are one answer (the year asked picks among them), so the best's rival is the
            // first item outside its series: "chủ đề năm nay" is sure of the series, "chữ ký số" is not.
            var bestRival = ranked.Count > 0 ? RivalOf(ranked, _items[ranked[0].Item]) : 1;
            var placeless = asked.Count > 0 ? PlacelessQuery(tokens) : null;
            // A question naming the country's level asks of no place; one naming only places with no content is not answered
            // by the country's plan when it asks for a kind of document.
            var ofPlace = asked.Count > 0 && !NamesTheCountry(folded);
            var elsewhereOnly = ofPlace && asked.All(Localities.IsElsewhere);
            var asksDocument = elsewhereOnly && DocumentReferences.AsksKind(folded);
            var fits = ranked.Take(Math.Max(limit, 2)).Select(r => Fit(query, r.Item, placeless, chatter: true)).ToArray();
            var candidates = new List<Candidate>(Math.Min(limit, ranked.Count));
            for (var r = 0; r < ranked.Count && r < limit; r++)
            {
                var (item, rank) = ranked[r];
                var rival = r == 0 ? bestRival : 0;
                var hasRival = rival < ranked.Count;
                var rivalRank = hasRival ? ranked[rival].Rank : 0;
                var evidence = new AnswerEvidence(
                    Fit: fits[r],
                    RivalFit: !hasRival ? 0 : rival < fits.Length ? fits[rival] : Fit(query, ranked[rival].Item, placeless, chatter: true),
                    Coverage: Coverage(query, item),
                    Margin: Margin(query, item, hasRival ? ranked[rival].Item : -1),
                    Lead: Math.Max(rank, rivalRank) > 0 ? (rank - rivalRank) / Math.Max(rank, rivalRank) : 0,
                    Rank: rank) { Scope = Fit(query, item, placeless, chatter: false), Words = query.ContentWords };
                // A question naming a document may name the year it was issued ("quyết định 749 năm 2020"), not one its items ask
                // about; a year it sets a target for is one ("nq 57 đặt chỉ tiêu gì cho năm 2025").
                candidates.Add(new Candidate(_items[item], AnswerConfidence.Of(evidence), rank)
                {
                    Evidence = evidence,
                    OfOtherYears = !IsOfYears(item, targetYears),
                    OfOtherPlace = ofPlace && IsOfOtherPlace(item, asked, elsewhereOnly, citing, asksDocument),
                });
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

    /// <summary>The position in <paramref name="ranked"/> of the best's rival: the first item not of its yearly series.</summary>
    private int RivalOf(List<(int Item, double Rank)> ranked, FaqItem best)
    {
        var r = 1;
        while (best.Series is { } series && r < ranked.Count && _items[ranked[r].Item].Series == series)
        {
            r++;
        }

        return r;
    }

    /// <summary>
    /// The share of the informative weight of <paramref name="text"/> (its words and word pairs, but for the pairs joining
    /// a function word typed with marks to a word) that <paramref name="item"/> covers, 0 to 1; 0 for an item not in the
    /// index.
    /// </summary>
    public double Covers(string text, FaqItem item) => CoverageOf(text)(item);

    /// <summary>
    /// <see cref="Covers(string, FaqItem)"/> for one <paramref name="text"/> and any number of items, the text analyzed
    /// once (a weight over every item a search touches).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="chatter">Whether its words the content never uses are taken for chatter (<see cref="UnknownWeightOf"/>); else each counts fully, as a word no item says.</param>
    /// <param name="answers">Whether what an item's answer alone says counts (at <see cref="AnswerCoverage"/>); else only its question side does.</param>
    public Func<FaqItem, double> CoverageOf(string text, bool chatter = true, bool answers = true)
    {
        var (tokens, spelled) = _analyzer.AnalyzeQuestion(text, _speller);
        var query = SearchQuery.Make(spelled, _termIds, _uses.MeantIn(tokens));
        var unknown = UnknownWeightOf(query, chatter);
        var functionPairs = FunctionPairs(tokens);
        return item =>
        {
            if (!_positions.TryGetValue(item.Id, out var position))
            {
                return 0;
            }

            double total = unknown, covered = 0;
            foreach (var term in query.Known)
            {
                if (functionPairs.Contains(term.Id))
                {
                    continue;
                }

                total += _itemIdf[term.Id];
                covered += _itemIdf[term.Id] * (answers ? Covers(position, term) : CoversQuestion(position, term));
            }

            return total == 0 ? 0 : covered / total;
        };
    }

    /// <summary>
    /// The ids of the word pairs of <paramref name="tokens"/> that join a function word to a content word ("có lợi"):
    /// one item's wording may happen to have such a pair and another the same word without it, which says little of
    /// which the question is about (some such pairs are words of their own, "người dân", "cho phép": their parts still
    /// count). A word typed without marks in a text without them may be a content word folded ("tu" is also "tử"), so
    /// its pairs stay.
    /// </summary>
    private HashSet<int> FunctionPairs(IReadOnlyList<Token> tokens)
    {
        var asSpelled = VietnameseTokenizer.IsWrittenWithMarks(tokens);
        bool IsFunctionWord(Token token) => (asSpelled || token.HasMarks) && VietnameseTokenizer.IsStopWord(token, asSpelled);
        var pairs = new HashSet<int>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if ((IsFunctionWord(tokens[i]) || IsFunctionWord(tokens[i + 1]))
                && _termIds.TryGetValue(tokens[i].Folded + "_" + tokens[i + 1].Folded, out var id))
            {
                pairs.Add(id);
            }
        }

        return pairs;
    }

    /// <summary>
    /// The first of two questions an item's question asks ("Mã OTP là gì, có được đưa cho người khác không?" → "mã otp là
    /// gì"), analyzed: the part before its first comma or semicolon, when that ends with a question word (gì, nào, đâu,
    /// sao) and names something; null otherwise ("Đổi, cấp lại giấy phép lái xe…" lists, it does not ask twice).
    /// </summary>
    private static IReadOnlyList<Token>? LeadingQuestion(TextAnalyzer analyzer, string question)
    {
        var cut = question.IndexOfAny([',', ';']);
        if (cut <= 0)
        {
            return null;
        }

        var tokens = analyzer.Analyze(question[..cut]);
        return tokens.Count >= 3 && tokens[^1].Folded is "gi" or "nao" or "dau" or "sao"
            && tokens.Any(t => !VietnameseTokenizer.IsStopWord(t, asSpelled: true)) ? tokens : null;
    }

    /// <summary>
    /// The years (four digits, 1945 to 2100) that <paramref name="tokens"/> name, both ends of a period ("2023 - 2025");
    /// not an amount ("2000 đồng") nor a hotline ("tổng đài 1900 1234").
    /// </summary>
    private static IEnumerable<string> Years(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Folded;
            if (VietnameseTokenizer.YearOf(word) is not null
                && !(i + 1 < tokens.Count && tokens[i + 1].Folded is "dong" or "d" or "k" or "nghin" or "ngan" or "trieu" or "vnd")
                && !(i > 0 && (tokens[i - 1].Folded is "dai" or "hotline" or "goi" or "so"
                               || (char.IsDigit(tokens[i - 1].Folded[0]) && VietnameseTokenizer.YearOf(tokens[i - 1].Folded) is null))))
            {
                yield return word;
            }
        }
    }

    /// <summary>
    /// The years a question naming a document sets a target or a period for: "đến (năm) 2030", "cho năm 2025", "giai đoạn
    /// 2021-2025", or any year not told as when a document was issued ("nghị quyết 57 đặt mục tiêu kinh tế số năm 2035").
    /// A year right after a document's number or code, or after "ban hành", "ký", "ra" ("quyết định 749 năm 2020",
    /// "ban hành trong năm 2020"), is when it was issued.
    /// </summary>
    private static string[] TargetYears(IReadOnlyList<Token> tokens)
    {
        var years = new List<string>();
        var named = Years(tokens).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (VietnameseTokenizer.YearOf(tokens[i].Folded) is null)
            {
                continue;
            }

            var before = WordBeforeYear(tokens, i);
            if (before is "den" or "toi" or "cho" or "doan" || (named.Contains(tokens[i].Folded) && !Issued(tokens, i)))
            {
                years.Add(tokens[i].Folded);
            }
        }

        return [.. years];
    }

    /// <summary>
    /// Whether the year at <paramref name="year"/> tells when a document was issued: a number or document code right
    /// before it ("749 năm 2020", "57-NQ/TW năm 2024"), or among the <see cref="IssueContext"/> words before it "ban
    /// hành", "ký" (typed without marks, before "năm", "ngày", "vào", "hồi", "từ": not "kỳ vọng") or "ra" before "hồi",
    /// "đời", "năm", "vào" ("ra hồi năm 2024"; not "đề ra mục tiêu").
    /// </summary>
    private static bool Issued(IReadOnlyList<Token> tokens, int year)
    {
        if (year == 0)
        {
            return false;
        }

        var before = WordBeforeYear(tokens, year);
        if (char.IsDigit(before[0]) || before is "nq" or "qd" or "ttg" or "tw" or "tu" or "kh" or "cv" or "nd" or "cp" or "ubnd" or "btgtu" or "bcdtw")
        {
            return true;
        }

        for (var i = Math.Max(0, year - IssueContext); i < year; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1].Folded : "";
            if ((tokens[i].Folded == "ban" && next == "hanh")
                || (tokens[i].Folded == "ky" && (tokens[i].Spelled == "ký" || (!tokens[i].HasMarks && next is "nam" or "ngay" or "vao" or "hoi" or "tu")))
                || (tokens[i].Is("ra", "ra") && next is "hoi" or "doi" or "nam" or "vao"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folded word before the year at <paramref name="year"/>, "năm" passed over ("đến năm 2030": "den"); empty at the start.</summary>
    private static string WordBeforeYear(IReadOnlyList<Token> tokens, int year) =>
        year == 0 ? "" : tokens[year - 1].Folded == "nam" && year >= 2 ? tokens[year - 2].Folded : tokens[year - 1].Folded;

    // How many words before a year are read for "ban hành", "ký", "ra" ("749 ban hành trong năm 2020").
    private const int IssueContext = 4;

    /// <summary>
    /// A question naming a year sets back the items whose own phrasings name only other years: "đến năm 2045 kinh tế số
    /// chiếm bao nhiêu" is not asked of the targets for 2030, however alike the rest of its words.
    /// </summary>
    private double YearFactor(int item, string[] years) => IsOfYears(item, years) ? 1 : OtherYearPenalty;

    /// <summary>
    /// Whether the item may be about the <paramref name="years"/> a question names: its phrasings name one of them, or a
    /// period holding one ("giai đoạn 2023–2025" holds 2024; "đến 2025, định hướng 2030" is no period), or no year at all.
    /// </summary>
    /// <remarks>Runs for every item a question touches: loops, no allocation.</remarks>
    private bool IsOfYears(int item, string[] years)
    {
        var own = _years[item];
        if (years.Length == 0 || own.Length == 0)
        {
            return true;
        }

        foreach (var year in years)
        {
            if (Array.IndexOf(own, year) >= 0)
            {
                return true;
            }

            foreach (var (from, to) in _periods[item])
            {
                if (string.CompareOrdinal(from, year) <= 0 && string.CompareOrdinal(year, to) <= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The periods <paramref name="tokens"/> name: a year right after another ("2023 - 2025", "2021-2025").</summary>
    private static IEnumerable<(string From, string To)> Periods(IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (VietnameseTokenizer.YearOf(tokens[i - 1].Folded) is { } from && VietnameseTokenizer.YearOf(tokens[i].Folded) is { } to && from < to)
            {
                yield return (tokens[i - 1].Folded, tokens[i].Folded);
            }
        }
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

    /// <summary>
    /// The localities a question names, or, when it names none, the one its <paramref name="scope"/> is about: the
    /// conversation's (<see cref="ContentScope.Talked"/>), else the account's.
    /// </summary>
    internal static IReadOnlySet<string> InScope(IReadOnlySet<string> named, ContentScope? scope) =>
        named.Count == 0 && (scope?.Talked ?? scope?.Locality) is { } home ? new HashSet<string>(StringComparer.Ordinal) { home } : named;

    /// <summary>
    /// Whether <paramref name="item"/> is of another place than the places a question names (<paramref name="asked"/>): an
    /// item of a place not named; or, of a question naming only places with no content (<paramref name="elsewhereOnly"/>),
    /// any national item when it asks for a kind of document (<paramref name="asksDocument"/>: "kế hoạch chuyển đổi số của
    /// tỉnh Nam Định" is not the country's plan), else one of a topic where places have items of their own, unless it
    /// names a document the item cites.
    /// </summary>
    private bool IsOfOtherPlace(int item, IReadOnlySet<string> asked, bool elsewhereOnly, HashSet<int>? citing, bool asksDocument) =>
        _items[item].Locality != Localities.National
            ? !asked.Contains(_items[item].Locality)
            : elsewhereOnly && (asksDocument || (citing?.Contains(item) != true && _placeTopics.Contains(_items[item].Topic)));

    /// <summary>
    /// Whether folded <paramref name="tokens"/> name the country's own level ("quốc gia", "Bộ Chính trị", "Chính phủ"…):
    /// "tôi ở Hà Nội, nghị quyết của Bộ Chính trị về chuyển đổi số là nghị quyết nào" asks the country's, not the place's.
    /// </summary>
    private static bool NamesTheCountry(string[] tokens) =>
        CountryWords.Any(words => TextAnalyzer.Contains(tokens, words));

    // What names the country's own level (folded): "quốc gia", "Bộ Chính trị", "Chính phủ", "Thủ tướng", "Trung ương", "cả nước", "toàn quốc".
    private static readonly string[][] CountryWords =
        [["quoc", "gia"], ["bo", "chinh", "tri"], ["chinh", "phu"], ["thu", "tuong"], ["trung", "uong"], ["ca", "nuoc"], ["toan", "quoc"]];

    /// <summary>In a conversation about <paramref name="talked"/>: its items and national ones count fully, others are set back.</summary>
    private static double TalkedFactor(string locality, string talked) =>
        locality == Localities.National || locality == talked ? 1 : OtherLocalityPenalty;

    private static double LocalityFactor(string locality, IReadOnlySet<string> named) =>
        locality == Localities.National ? 1
        : named.Contains(locality) ? NamedLocalityBoost
        : named.Count > 0 ? OtherLocalityPenalty
        : UnnamedLocalityPenalty;

    /// <summary>
    /// The question without the places it names, when something else is left to ask ("thời tiết ngày mai" of "thời
    /// tiết Lào Cai ngày mai"); null when the place is all it names.
    /// </summary>
    private SearchQuery? PlacelessQuery(IReadOnlyList<Token> tokens)
    {
        var rest = _analyzer.WithoutLocalities(tokens);
        var query = SearchQuery.Make(TextAnalyzer.SpelledTerms(rest, VietnameseTokenizer.IsWrittenWithMarks(rest)), _termIds, _uses.MeantIn(rest));
        return query.ContentWords > 0 ? query : null;
    }

    /// <summary>
    /// How much of the question the item covers, discounted when the question covers little of any of the item's
    /// phrasings: "tôi muốn xin việc làm" shares "việc" with "Công văn 1850 … về việc gì?" but says nothing of it.
    /// A place is no subject: an item covering less than <see cref="PlacelessCoverage"/> of what the question asks besides
    /// the places it names (<paramref name="placeless"/>) fits that much less, so "thời tiết Lào Cai" does not fit Lào
    /// Cai's plans.
    /// </summary>
    private double Fit(SearchQuery query, int item, SearchQuery? placeless, bool chatter)
    {
        var fit = Fit(query, item, chatter);
        return placeless is null ? fit : fit * Math.Min(1, Coverage(placeless, item, chatter) / PlacelessCoverage);
    }

    private double Fit(SearchQuery query, int item, bool chatter)
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
                        covered += _itemIdf[term] * SearchQuery.SpellingFactor(_questionSpellings[item], spelling, miss);
                        break;
                    }
                }
            }

            reverse = Math.Max(reverse, total == 0 ? 0 : covered / total);
        }

        var confidence = Math.Pow(Coverage(query, item, chatter), 1 - ReverseWeight) * Math.Pow(reverse, ReverseWeight);

        // One content word says little: it is only as good as it is the whole of one of the item's phrasings.
        return query.ContentWords <= 1 ? Math.Min(confidence, reverse) : confidence;
    }

    /// <summary>
    /// What the question says for <paramref name="item"/> and not for <paramref name="other"/>, less the reverse, as a
    /// share of the question's informative weight: 0 when the question fits both alike ("chế độ thai sản" for two
    /// items that both say it), near 1 when only the item answers what it asks.
    /// </summary>
    private double Margin(SearchQuery query, int item, int other)
    {
        double total = 0, difference = 0;
        foreach (var term in query.Known)
        {
            var idf = _itemIdf[term.Id];
            total += idf;
            difference += idf * (Covers(item, term) - (other < 0 ? 0 : Covers(other, term)));
        }

        total += UnknownWeightOf(query);

        return total == 0 ? 0 : difference / total;
    }

    private double Covers(int item, Bm25Field.QueryTerm term) =>
        Array.BinarySearch(_questionTerms[item], term.Id) >= 0
            ? CoversQuestion(item, term)
            : Array.BinarySearch(_answerTerms[item], term.Id) >= 0
                ? AnswerCoverage * SearchQuery.SpellingFactor(_answerSpellings[item], term.First, term.FirstMiss) * SearchQuery.SpellingFactor(_answerSpellings[item], term.Second, term.SecondMiss)
                : 0;

    private double CoversQuestion(int item, Bm25Field.QueryTerm term) =>
        Array.BinarySearch(_questionTerms[item], term.Id) >= 0
            ? SearchQuery.SpellingFactor(_questionSpellings[item], term.First, term.FirstMiss) * SearchQuery.SpellingFactor(_questionSpellings[item], term.Second, term.SecondMiss)
            : 0;

    /// <summary>
    /// What the words of <paramref name="query"/> the content never uses weigh together in the share of it an item
    /// covers: as many of them as it has words the content knows count <see cref="UnknownWeight"/> of the rarest
    /// word, the rest fully. A few such words beside the subject are chatter or slips; a question mostly made of
    /// them ("cách nấu canh chua cá lóc") is about something else.
    /// </summary>
    private double UnknownWeightOf(SearchQuery query, bool chatter = true)
    {
        var tolerated = chatter ? Math.Min(query.UnknownWords - query.ElsewhereWords, query.KnownWords) : 0;
        return (tolerated * UnknownWeight + (query.UnknownWords - tolerated)) * _unknownIdf;
    }

    private double Coverage(SearchQuery query, int item, bool chatter = true)
    {
        double total = UnknownWeightOf(query, chatter), covered = 0;
        foreach (var (term, spelling, miss) in query.Unigrams)
        {
            if (term < 0)
            {
                continue;
            }

            var idf = _itemIdf[term];
            total += idf;
            if (Array.BinarySearch(_questionTerms[item], term) >= 0)
            {
                covered += idf * SearchQuery.SpellingFactor(_questionSpellings[item], spelling, miss);
            }
            else if (Array.BinarySearch(_answerTerms[item], term) >= 0)
            {
                covered += idf * AnswerCoverage * SearchQuery.SpellingFactor(_answerSpellings[item], spelling, miss);
            }
        }

        return total == 0 ? 0 : covered / total;
    }
}
