namespace CdsBot.Dialogs.Content;

/// <summary>All curated content at one moment: topics, documents and items.</summary>
public sealed class ContentSet
{
    private readonly Dictionary<string, FaqItem> _items;
    private readonly Dictionary<string, SourceDocument> _documents;

    /// <summary>Creates a set; ids and document numbers must be unique.</summary>
    public ContentSet(
        IEnumerable<Topic> topics,
        IEnumerable<SourceDocument> documents,
        IEnumerable<FaqItem> items,
        IEnumerable<Locality>? localities = null,
        IEnumerable<Synonym>? synonyms = null,
        IEnumerable<Synonym>? shorthand = null,
        IEnumerable<Guide>? guides = null,
        IEnumerable<Lesson>? lessons = null)
    {
        Lessons = [.. lessons ?? []];
        Guides = [.. guides ?? []];
        Topics = [.. topics];
        Localities = [.. localities ?? []];
        Synonyms = [.. synonyms ?? []];
        Shorthand = [.. shorthand ?? []];
        _documents = documents.ToDictionary(d => d.Number, StringComparer.OrdinalIgnoreCase);
        _items = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>An empty set.</summary>
    public static ContentSet Empty { get; } = new([], [], []);

    /// <summary>The menu topics, in menu order.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The provinces and communes that have their own content.</summary>
    public IReadOnlyList<Locality> Localities { get; }

    /// <summary>Abbreviations and other wordings, applied to questions and content.</summary>
    public IReadOnlyList<Synonym> Synonyms { get; }

    /// <summary>
    /// Chat shorthand, teencode and common abbreviations citizens type ("ko" → "không", "dc" → "được"), kept apart
    /// from the domain wordings in <see cref="Synonyms"/>; meant for questions and content alike.
    /// </summary>
    public IReadOnlyList<Synonym> Shorthand { get; }

    /// <summary>Every item, in any status.</summary>
    public IEnumerable<FaqItem> Items => _items.Values;

    /// <summary>The step-by-step guides, in file order.</summary>
    public IReadOnlyList<Guide> Guides { get; }

    /// <summary>The digital-skills lessons, in file order.</summary>
    public IReadOnlyList<Lesson> Lessons { get; }

    /// <summary>The lesson with id <paramref name="id"/>, or null.</summary>
    public Lesson? FindLesson(string id) => Lessons.FirstOrDefault(l => l.Id == id);

    /// <summary>The guide with id <paramref name="id"/>, or null.</summary>
    public Guide? FindGuide(string id) => Guides.FirstOrDefault(g => g.Id == id);

    /// <summary>Every document.</summary>
    public IEnumerable<SourceDocument> Documents => _documents.Values;

    /// <summary>The item with <paramref name="id"/>, or null.</summary>
    public FaqItem? FindItem(string id) => _items.GetValueOrDefault(id);

    /// <summary>The document numbered <paramref name="number"/>, or null.</summary>
    public SourceDocument? FindDocument(string number) => _documents.GetValueOrDefault(number);

    /// <summary>The topic with <paramref name="id"/>, or null.</summary>
    public Topic? FindTopic(string id) => Topics.FirstOrDefault(t => t.Id == id);
}
