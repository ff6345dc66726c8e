using System.Globalization;
using CdsBot.Dialogs.Content;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CdsBot.Bench.Eval;

/// <summary>
/// The comparison baseline (shared/eval/dvc/lucene): Lucene.Net 4.8 BM25 (k1 1.2, b 0.75) over one document per
/// item holding its question and variants, the folding analyzer on both sides, the query text escaped and parsed
/// by the classic query parser (terms OR-ed). Not thread-safe: one search at a time.
/// </summary>
internal sealed class LuceneBaseline : IDisposable
{
    private const string IdField = "id", PhrasingsField = "q";

    private readonly FoldingAnalyzer _analyzer = new();
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly QueryParser _parser;

    public LuceneBaseline(IEnumerable<FaqItem> items)
    {
        var similarity = new BM25Similarity(k1: 1.2f, b: 0.75f);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { Similarity = similarity }))
        {
            foreach (var item in items)
            {
                writer.AddDocument(new Document
                {
                    new StringField(IdField, item.Id, Field.Store.YES),
                    new TextField(PhrasingsField, string.Join('\n', item.Variants.Prepend(item.Question)), Field.Store.NO),
                });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
        _parser = new QueryParser(LuceneVersion.LUCENE_48, PhrasingsField, _analyzer);
    }

    /// <summary>The ids of the best <paramref name="limit"/> items for <paramref name="text"/>; none when no term of it is indexed.</summary>
    public IReadOnlyList<string> Top(string text, int limit)
    {
        if (_parser.Parse(QueryParserBase.Escape(text)) is not { } query)
        {
            return [];
        }

        return [.. _searcher.Search(query, limit).ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get(IdField, CultureInfo.InvariantCulture))];
    }

    /// <summary>The analyzer's terms for <paramref name="text"/>, to show how it folds (ASCIIFoldingFilter and "đ").</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(PhrasingsField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
