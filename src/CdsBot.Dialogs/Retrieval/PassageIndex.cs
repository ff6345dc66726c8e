using System.Collections.Frozen;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Documents;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// An in-memory index over the passages of documents' full texts (<see cref="PassageSplitter"/>), analyzed like the
/// FAQ items (<see cref="FaqIndex"/>: shorthand, synonyms, accent-aware BM25 with spelling agreement, document
/// references): each passage's text, its heading path (heavier: a heading says what the text under it is about), and,
/// lighter, what its document is (type, number, title, issuer, locality). Within a document's passages the words that
/// name the document count little, so the passage that answers wins over one that repeats the title. A question
/// naming a document ("kế hoạch 96", "nq 09 trà vinh") prefers the passages of that document, or of the documents
/// whose title names it; one naming a locality prefers that locality's documents. A search touches only the postings
/// of its own terms.
/// </summary>
public sealed class PassageIndex
{
    // Chosen on eval/document-questions.jsonl (57 questions over the five seed texts), so read its score with that in
    // mind: the top passage holds the facts asked for in 49 of them with these weights, 49 to 50 for heading weights 1
    // to 2, 51 with identifying words scaled by 0.05, 47 by 0.3, 42 for 0.5 and 0.3, 35 when they count fully.
    private const double TextWeight = 1.0, HeadingWeight = 1.5, DocumentWeight = 0.3, DocumentCoverage = 0.8, IdentifyingScale = 0.1;
    private const double NamedDocumentBoost = 1.5, ReferencedDocumentBoost = 1.25, OtherDocumentPenalty = 0.2;
    private const double NamedLocalityBoost = 1.6, OtherLocalityPenalty = 0.35;
    private const double CommonShare = 0.3;
    private const int CommonPostings = 5_000;

    private readonly Passage[] _passages;
    private readonly int[] _documentOf;
    private readonly SourceDocument[] _documents;
    private readonly int[] _firstOf;
    private readonly FrozenDictionary<string, int> _positions;
    private readonly Dictionary<string, int> _documentPositions;
    private readonly TextAnalyzer _analyzer;
    private readonly FrozenDictionary<string, int> _termIds;
    private readonly int[][] _documentTerms;
    private readonly double[] _idf;
    private readonly int[] _frequency;
    private readonly double _unknownIdf;
    private readonly Bm25Field _textField;
    private readonly Bm25Field _headingField;
    private readonly Bm25Field _documentField;
    private readonly ScratchBuffers _passageScratch;
    private readonly ScratchBuffers _documentScratch;
    private readonly bool[]?[] _naming;
    private readonly bool[]?[] _identifying;
    private readonly HashSet<string>[] _numbers;
    private readonly HashSet<string>[] _references;

    /// <summary>Indexes the texts of <paramref name="documents"/> (those without one are left out) with plain text analysis.</summary>
    public PassageIndex(IEnumerable<SourceDocument> documents) : this(documents, TextAnalyzer.Plain, [])
    {
    }

    /// <summary>Splits the texts of <paramref name="documents"/> into passages (those without a text are left out) and indexes them.</summary>
    public PassageIndex(IEnumerable<SourceDocument> documents, TextAnalyzer analyzer, IReadOnlyList<Locality> localities)
    {
        _documents = [.. documents.Where(d => d.Text is not null)];
        _analyzer = analyzer;
        var localityNames = localities.ToDictionary(l => l.Id, l => l.Name, StringComparer.Ordinal);
        var passages = new List<Passage>();
        var documentOf = new List<int>();
        _firstOf = new int[_documents.Length + 1];
        for (var d = 0; d < _documents.Length; d++)
        {
            _firstOf[d] = passages.Count;
            var split = PassageSplitter.Split(_documents[d].Number, _documents[d].Text!);
            passages.AddRange(split);
            documentOf.AddRange(Enumerable.Repeat(d, split.Count));
        }

        _firstOf[_documents.Length] = passages.Count;
        _passages = [.. passages];
        _documentOf = [.. documentOf];
        _positions = _passages.Select((p, i) => (p.Id, i)).DistinctBy(p => p.Id).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _documentPositions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var d = 0; d < _documents.Length; d++)
        {
            _documentPositions.TryAdd(_documents[d].Number, d);
        }

        _numbers = [.. _documents.Select(d => DocumentReferences.TermsOfNumber(d.Number).ToHashSet(StringComparer.Ordinal))];
        _references = [.. _documents.Select(d => analyzer.Terms(d.Title).Where(DocumentReferences.IsDocumentTerm).ToHashSet(StringComparer.Ordinal))];

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string term)
        {
            if (!ids.TryGetValue(term, out var id))
            {
                ids[term] = id = ids.Count;
            }

            return id;
        }

        var textDocs = new List<Bm25Field.Doc>(_passages.Length);
        var headingDocs = new List<Bm25Field.Doc>(_passages.Length);
        var frequency = new List<int>();
        var headings = new Dictionary<string, (int[] Terms, int[] Spellings)>(StringComparer.Ordinal);
        for (var p = 0; p < _passages.Length; p++)
        {
            var passage = _passages[p];
            var tokens = analyzer.Analyze(passage.Text);
            var terms = TextAnalyzer.SpelledTerms(tokens, asSpelled: true).Select(t => Id(t.Term)).ToArray();
            var spellings = SearchQuery.SpellingIds(tokens, Id);
            textDocs.Add(new Bm25Field.Doc(p, terms, spellings));

            // Passages under one heading share its analysis.
            if (!headings.TryGetValue(passage.HeadingPath, out var heading))
            {
                var headingTokens = analyzer.Analyze(passage.HeadingPath);
                headings[passage.HeadingPath] = heading = (
                    TextAnalyzer.SpelledTerms(headingTokens, asSpelled: true).Select(t => Id(t.Term)).ToArray(),
                    SearchQuery.SpellingIds(headingTokens, Id));
            }

            if (heading.Terms.Length > 0)
            {
                headingDocs.Add(new Bm25Field.Doc(p, heading.Terms, heading.Spellings));
            }

            while (frequency.Count < ids.Count)
            {
                frequency.Add(0);
            }

            foreach (var term in terms.Concat(heading.Terms).Distinct())
            {
                frequency[term]++;
            }
        }

        // What a document is: its type and number, title and locality (what names it), and its issuer.
        var documentDocs = new List<Bm25Field.Doc>(_documents.Length);
        var naming = new List<(int Term, int Document)>();
        var identifying = new List<(int Term, int Document)>();
        _documentTerms = new int[_documents.Length][];
        for (var d = 0; d < _documents.Length; d++)
        {
            var document = _documents[d];
            var names = analyzer.Analyze($"{document.Type} {document.Number}\n{document.Title}\n{localityNames.GetValueOrDefault(document.Locality)}");
            var issuer = analyzer.Analyze(document.Issuer);
            var nameTerms = TextAnalyzer.SpelledTerms(names, asSpelled: true).Select(t => t.Term).Concat(_numbers[d]).Select(Id).Distinct().ToArray();
            var terms = nameTerms.Concat(TextAnalyzer.SpelledTerms(issuer, asSpelled: true).Select(t => Id(t.Term))).ToArray();
            documentDocs.Add(new Bm25Field.Doc(d, terms, SearchQuery.SpellingIds([.. names, .. issuer], Id)));
            _documentTerms[d] = [.. terms.Distinct().Order()];
            naming.AddRange(nameTerms.Select(term => (term, d)));
            identifying.AddRange(_documentTerms[d].Select(term => (term, d)));
        }

        _termIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
        _naming = ByTerm(naming, ids.Count);
        _identifying = ByTerm(identifying, ids.Count);

        // Terms first met in documents' names occur in no passage.
        while (frequency.Count < ids.Count)
        {
            frequency.Add(0);
        }

        _frequency = [.. frequency];
        _idf = [.. frequency.Select(f => Bm25Field.Idf(_passages.Length, f))];
        _unknownIdf = Bm25Field.Idf(_passages.Length, 0);
        _passageScratch = new ScratchBuffers(_passages.Length);
        _documentScratch = new ScratchBuffers(_documents.Length);
        _textField = new Bm25Field(textDocs, ids.Count, _passageScratch);
        _headingField = new Bm25Field(headingDocs, ids.Count, _passageScratch);
        _documentField = new Bm25Field(documentDocs, ids.Count, _documentScratch);
    }

    /// <summary>An index of no passages.</summary>
    public static PassageIndex Empty { get; } = new([]);

    /// <summary>How many passages are indexed.</summary>
    public int Count => _passages.Length;

    /// <summary>
    /// The best <paramref name="limit"/> passages for <paramref name="question"/>, best first; a question naming no
    /// locality is read as naming the one <paramref name="scope"/> serves.
    /// </summary>
    public IReadOnlyList<PassageCandidate> Search(string question, int limit = 3, ContentScope? scope = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var found = Rank(question, limit, scope);
        RetrievalMetrics.Searched("passages", started);
        return found;
    }

    private IReadOnlyList<PassageCandidate> Rank(string question, int limit, ContentScope? scope)
    {
        var (tokens, spelled) = _analyzer.AnalyzeQuestion(question);
        if (spelled.Count == 0 || _passages.Length == 0 || limit <= 0)
        {
            return [];
        }

        var query = SearchQuery.Make(spelled, _termIds);
        var scores = _passageScratch.RentScores();
        var touched = _passageScratch.RentIndices();
        var documentScores = _documentScratch.RentScores();
        var documentsTouched = _documentScratch.RentIndices();
        var touchedCount = 0;
        var documentCount = 0;
        try
        {
            var ranking = Ranking(query.Known);
            touchedCount = _textField.ScoreOwn(ranking, scores, touched, touchedCount, TextWeight, Scale(ranking, _identifying));
            touchedCount = _headingField.ScoreOwn(ranking, scores, touched, touchedCount, HeadingWeight, Scale(ranking, _naming));
            documentCount = _documentField.Score(query.Known, documentScores, documentsTouched, documentCount, DocumentWeight, max: false);
            var factors = DocumentFactors(SearchQuery.NamedDocuments(spelled), FaqIndex.InScope(_analyzer.Localities([.. tokens.Select(t => t.Folded)]), scope));
            var top = new PriorityQueue<int, double>(limit + 1);
            foreach (var passage in touched.AsSpan(0, touchedCount))
            {
                var document = _documentOf[passage];
                var rank = (scores[passage] + documentScores[document]) * factors[document];
                if (top.Count < limit)
                {
                    top.Enqueue(passage, rank);
                }
                else if (top.TryPeek(out _, out var lowest) && rank > lowest)
                {
                    top.EnqueueDequeue(passage, rank);
                }
            }

            var ranked = new List<(int Passage, double Rank)>(top.Count);
            while (top.TryDequeue(out var passage, out var rank))
            {
                ranked.Add((passage, rank));
            }

            ranked.Reverse();
            return [.. ranked.Select(r => new PassageCandidate(_passages[r.Passage], Fit(query, r.Passage), r.Rank))];
        }
        finally
        {
            foreach (var passage in touched.AsSpan(0, touchedCount))
            {
                scores[passage] = 0;
            }

            foreach (var document in documentsTouched.AsSpan(0, documentCount))
            {
                documentScores[document] = 0;
            }

            _passageScratch.Return(scores);
            _passageScratch.Return(touched);
            _documentScratch.Return(documentScores);
            _documentScratch.Return(documentsTouched);
        }
    }

    /// <summary>The passage with <paramref name="passageId"/>, or null (the first, should two documents' numbers share a slug).</summary>
    public Passage? Find(string passageId) => _positions.TryGetValue(passageId, out var p) ? _passages[p] : null;

    /// <summary>The passage after <paramref name="passage"/> in its document, or null when it is the last (or not indexed).</summary>
    public Passage? Next(Passage passage) =>
        _positions.TryGetValue(passage.Id, out var p) && p + 1 < _firstOf[_documentOf[p] + 1] ? _passages[p + 1] : null;

    /// <summary>The passages of the document numbered <paramref name="documentNumber"/>, in order; empty when it has no text here.</summary>
    public IReadOnlyList<Passage> Of(string documentNumber) =>
        _documentPositions.TryGetValue(documentNumber, out var d) ? _passages[_firstOf[d].._firstOf[d + 1]] : [];

    /// <summary>
    /// Whether the document numbered <paramref name="documentNumber"/> is one of <paramref name="named"/> (document
    /// terms, <see cref="DocumentReferences.Terms"/>): by its own number, or a number its title names (the plan that
    /// carries out "nq 09").
    /// </summary>
    public bool IsNamed(string documentNumber, IReadOnlyCollection<string> named) =>
        _documentPositions.TryGetValue(documentNumber, out var d) && (_numbers[d].Overlaps(named) || _references[d].Overlaps(named));

    /// <summary>The signature passage ("Người ký") of the document numbered <paramref name="documentNumber"/>, or null.</summary>
    public Passage? SignatureOf(string documentNumber) =>
        Of(documentNumber).FirstOrDefault(p => p.HeadingPath == PassageSplitter.SignerHeading);

    /// <summary>
    /// The terms that rank passages: in a large index, a term found in <see cref="CommonShare"/> of the passages or more
    /// (and in at least <see cref="CommonPostings"/>) is left out, as a function word would be: its IDF is a seventh of a
    /// rare word's, while its postings are most of a search's work (200 documents of 20 pages: p99 3.5 → 1.1 ms). It
    /// still counts in <see cref="Fit"/>. A question of nothing but such terms keeps them all.
    /// </summary>
    private Bm25Field.QueryTerm[] Ranking(Bm25Field.QueryTerm[] known)
    {
        var limit = Math.Max(CommonPostings, CommonShare * _passages.Length);
        var ranking = Array.FindAll(known, t => _frequency[t.Id] < limit);
        return ranking.Length > 0 ? ranking : known;
    }

    /// <summary>
    /// Words that identify a passage's own document ("kế hoạch 96 Thái Bình" in a passage of that plan) say which
    /// document is meant, which the document's own score and preference already count; within its passages they count
    /// <see cref="IdentifyingScale"/>, so that a passage repeating the title does not outrank the one that answers.
    /// In its text they are its type, number, title, locality and issuer; in its headings the issuer still counts
    /// fully, since a plan's "Tổ chức thực hiện" gives its own issuer tasks under a heading of its name.
    /// </summary>
    private Bm25Field.TermScale? Scale(Bm25Field.QueryTerm[] terms, bool[]?[] identifying)
    {
        bool[]?[]? byTerm = null;
        for (var t = 0; t < terms.Length; t++)
        {
            if (identifying[terms[t].Id] is { } documents)
            {
                byTerm ??= new bool[]?[terms.Length];
                byTerm[t] = documents;
            }
        }

        return byTerm is null ? null : new Bm25Field.TermScale(_documentOf, byTerm, IdentifyingScale);
    }

    /// <summary>For each term, the documents it identifies (a flag per document), or null for none.</summary>
    private bool[]?[] ByTerm(List<(int Term, int Document)> pairs, int vocabulary)
    {
        var byTerm = new bool[]?[vocabulary];
        foreach (var (term, document) in pairs)
        {
            (byTerm[term] ??= new bool[_documents.Length])[document] = true;
        }

        return byTerm;
    }

    /// <summary>
    /// Each document's preference: one the question names by number is preferred, then one whose title names it
    /// (the plan that carries out "nq 09"), the others set back; likewise a named locality's documents.
    /// </summary>
    private double[] DocumentFactors(string[] named, IReadOnlySet<string> localities)
    {
        var factors = new double[_documents.Length];
        var numbered = named.Length > 0 && _numbers.Any(n => named.Any(n.Contains));
        var referenced = named.Length > 0 && _references.Any(r => named.Any(r.Contains));
        for (var d = 0; d < _documents.Length; d++)
        {
            var document = numbered || referenced
                ? named.Any(_numbers[d].Contains) ? NamedDocumentBoost
                : named.Any(_references[d].Contains) ? ReferencedDocumentBoost
                : OtherDocumentPenalty
                : 1;
            var locality = _documents[d].Locality == Localities.National || localities.Count == 0 ? 1
                : localities.Contains(_documents[d].Locality) ? NamedLocalityBoost
                : OtherLocalityPenalty;
            factors[d] = document * locality;
        }

        return factors;
    }

    /// <summary>
    /// The share of the question's informative weight that the passage's text and heading path cover: the mean of the
    /// share of its words' weight and of its word pairs' weight (each by its IDF over passages, spelled alike; words
    /// the content never uses count as not covered). Pairs keep a question typed without diacritics from fitting by
    /// accident ("cach tri mun trung ca" shares its syllables, not its pairs, with a plan). What only the passage's
    /// document covers (its number, type, title, issuer, locality) counts <see cref="DocumentCoverage"/> as much.
    /// </summary>
    private double Fit(SearchQuery query, int passage)
    {
        double total = 0, covered = 0;
        foreach (var (term, spelling, miss) in query.Unigrams)
        {
            total += term < 0 ? _unknownIdf : _idf[term];
            covered += term < 0 ? 0 : _idf[term] * Covers(passage, term, Spelled(passage, spelling, miss));
        }

        var words = total == 0 ? 0 : covered / total;
        (total, covered) = (0, 0);
        foreach (var pair in query.Pairs)
        {
            total += pair.Id < 0 ? _unknownIdf : _idf[pair.Id];
            covered += pair.Id < 0 ? 0 : _idf[pair.Id] * Covers(passage, pair.Id, Spelled(passage, pair.First, pair.FirstMiss) * Spelled(passage, pair.Second, pair.SecondMiss));
        }

        return total == 0 ? words : (words + (covered / total)) / 2;
    }

    /// <summary>How far <paramref name="passage"/> covers <paramref name="term"/>: by its own words (as spelled), else by its document's.</summary>
    private double Covers(int passage, int term, double spelled) =>
        _textField.Holds(term, passage) || _headingField.Holds(term, passage) ? spelled
        : Array.BinarySearch(_documentTerms[_documentOf[passage]], term) >= 0 ? DocumentCoverage
        : 0;

    /// <summary>1 when the passage spells a word as the question typed it (or it was typed without marks), else <paramref name="miss"/>.</summary>
    private double Spelled(int passage, int spelling, double miss) =>
        spelling == Bm25Field.AnySpelling || _textField.Spells(spelling, passage) || _headingField.Spells(spelling, passage) ? 1 : miss;
}
