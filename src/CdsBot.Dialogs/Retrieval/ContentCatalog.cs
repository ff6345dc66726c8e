using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// The content the bot answers from right now: a <see cref="ContentSet"/>, the index of its answerable items and
/// the index of its documents' passages, swapped together atomically when staff publish, so a turn never sees half an
/// update.
/// </summary>
public sealed class ContentCatalog(TimeProvider time)
{
    private Snapshot _current = new(ContentSet.Empty, new FaqIndex([]), PassageIndex.Empty, TextAnalyzer.Plain);

    /// <summary>The content in force.</summary>
    public ContentSet Content => _current.Content;

    /// <summary>The index of the answerable items in force.</summary>
    public FaqIndex Index => _current.Index;

    /// <summary>The index of the passages of the documents in force that carry their full text.</summary>
    public PassageIndex Passages => _current.Passages;

    /// <summary>How the content in force analyzes text (its synonyms and localities), for searches outside the index.</summary>
    public TextAnalyzer Analyzer => _current.Analyzer;

    /// <summary>
    /// Makes <paramref name="content"/> the content in force, indexing the items answerable today and the documents'
    /// passages (those of the content in force are kept when its documents and their analysis did not change).
    /// </summary>
    public void Publish(ContentSet content)
    {
        var (index, analyzer) = Build(content, VietnamTime.Today(time));
        var current = Volatile.Read(ref _current);
        var passages = PassageSources.Same(current.Content, content) ? current.Passages : new PassageIndex(content.Documents, analyzer, content.Localities);
        Volatile.Write(ref _current, new Snapshot(content, index, passages, analyzer));
    }

    /// <summary>
    /// Re-indexes the content in force for today's date (validity dates start and end). The swap happens only if no
    /// publication landed meanwhile, so a re-index never puts back content older than a concurrent reload; false then.
    /// </summary>
    public bool Reindex()
    {
        var current = Volatile.Read(ref _current);
        var (index, analyzer) = Build(current.Content, VietnamTime.Today(time));
        var next = new Snapshot(current.Content, index, current.Passages, analyzer);
        return ReferenceEquals(Interlocked.CompareExchange(ref _current, next, current), current);
    }

    /// <summary>The index of the items of <paramref name="content"/> answerable on <paramref name="today"/>, and its analyzer.</summary>
    public static (FaqIndex Index, TextAnalyzer Analyzer) Build(ContentSet content, DateOnly today)
    {
        var analyzer = new TextAnalyzer(content.Synonyms, content.Localities, content.Shorthand, ProvincesOfVietnam.All);
        return (new FaqIndex(content.Items.Where(i => i.IsAnswerableOn(today)), analyzer, content.Localities), analyzer);
    }

    private sealed record Snapshot(ContentSet Content, FaqIndex Index, PassageIndex Passages, TextAnalyzer Analyzer);
}
