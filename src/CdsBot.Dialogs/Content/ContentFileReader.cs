using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CdsBot.Dialogs.Content;

/// <summary>
/// Reads the human-editable content folder: <c>topics.yaml</c>, <c>documents.yaml</c> (with the documents' full
/// texts in <c>documents/*.txt</c>), <c>faq/*.yaml</c>, and optionally <c>localities.yaml</c>, <c>synonyms.yaml</c>
/// and <c>shorthand.yaml</c>.
/// Everything is checked (required fields, dates, unique ids, references between items, documents and
/// topics) before anything is returned: a folder with any error yields every error and no content.
/// </summary>
public static class ContentFileReader
{
    /// <summary>The folder's topics file.</summary>
    public const string TopicsFile = "topics.yaml";

    /// <summary>The folder's documents file.</summary>
    public const string DocumentsFile = "documents.yaml";

    /// <summary>The folder's localities file (optional).</summary>
    public const string LocalitiesFile = "localities.yaml";

    /// <summary>The folder's synonyms file (optional).</summary>
    public const string SynonymsFile = "synonyms.yaml";

    /// <summary>The folder's chat shorthand file (optional).</summary>
    public const string ShorthandFile = "shorthand.yaml";

    /// <summary>The folder of FAQ files.</summary>
    public const string FaqFolder = "faq";

    /// <summary>The folder of digital-skills lessons, one <c>&lt;id&gt;.yaml</c> each.</summary>
    public const string LessonsFolder = "lessons";

    /// <summary>The folder of step-by-step guides, one <c>&lt;id&gt;.yaml</c> each.</summary>
    public const string GuidesFolder = "guides";

    /// <summary>The folder of documents' full texts, which <c>documents.yaml</c> names under <c>text</c>.</summary>
    public const string DocumentsFolder = "documents";

    /// <summary>Reads <paramref name="folder"/>; throws <see cref="ContentValidationException"/> listing every problem.</summary>
    public static ContentSet Read(string folder)
    {
        var errors = new List<ContentError>();
        var topics = new List<Topic>();
        var documents = new List<SourceDocument>();
        var items = new List<(FaqItem Item, string File, int Line)>();
        var localities = new List<Locality>();
        var synonyms = new List<(Synonym Entry, int Line)>();
        var shorthand = new List<(Synonym Entry, int Line)>();

        Parse(folder, TopicsFile, errors, root => topics.AddRange(ReadTopics(root)));
        if (File.Exists(Path.Combine(folder, LocalitiesFile)))
        {
            Parse(folder, LocalitiesFile, errors, root => localities.AddRange(ReadLocalities(root)));
        }

        if (File.Exists(Path.Combine(folder, SynonymsFile)))
        {
            Parse(folder, SynonymsFile, errors, root => synonyms.AddRange(ReadSynonyms(root)));
        }

        if (File.Exists(Path.Combine(folder, ShorthandFile)))
        {
            Parse(folder, ShorthandFile, errors, root => shorthand.AddRange(ReadShorthand(root)));
        }

        Parse(folder, DocumentsFile, errors, root => documents.AddRange(ReadDocuments(root, folder)));
        var faqFolder = Path.Combine(folder, FaqFolder);
        var faqFiles = Directory.Exists(faqFolder)
            ? Directory.GetFiles(faqFolder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        foreach (var path in faqFiles)
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            Parse(folder, relative, errors, root => items.AddRange(ReadItems(root, relative)));
        }

        var guides = ReadEach(folder, GuidesFolder, errors, GuideFileReader.Read);
        var lessons = ReadEach(folder, LessonsFolder, errors, LessonFileReader.Read);

        CheckReferences(topics, documents, items, errors);
        CheckOwned(topics, documents, [.. guides.Select(g => (g.Value.Id, g.Value.Topic, g.Value.Sources, g.File, 1))], "guide", errors);
        CheckOwned(topics, documents, [.. lessons.Select(l => (l.Value.Id, l.Value.Topic, l.Value.Sources, l.File, 1))], "lesson", errors);
        CheckLocalities(localities, documents, items, errors);
        CheckSynonyms(synonyms, errors);
        CheckShorthand(shorthand, [.. synonyms.Select(s => s.Entry)], errors);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        return new ContentSet(topics, documents, items.Select(i => i.Item), localities, synonyms.Select(s => s.Entry), shorthand.Select(s => s.Entry), guides.Select(g => g.Value), lessons.Select(l => l.Value));
    }

    /// <summary>
    /// Reads one guide file's text (as staff edit it in the workspace), checked as an import checks it: its fields, and
    /// its topic and sources against <paramref name="content"/>. Throws <see cref="ContentValidationException"/>.
    /// </summary>
    public static Guide ReadGuide(string yaml, ContentSet content) =>
        ReadOne(yaml, $"{GuidesFolder}/guide.yaml", content, GuideFileReader.Read, g => (g.Id, g.Topic, g.Sources), "guide");

    /// <summary>Reads one lesson file's text, checked as <see cref="ReadGuide"/> checks a guide.</summary>
    public static Lesson ReadLesson(string yaml, ContentSet content) =>
        ReadOne(yaml, $"{LessonsFolder}/lesson.yaml", content, LessonFileReader.Read, l => (l.Id, l.Topic, l.Sources), "lesson");

    private static T ReadOne<T>(string yaml, string name, ContentSet content, Func<YamlFields, T?> read, Func<T, (string Id, string Topic, IReadOnlyList<string> Sources)> owned, string kind)
        where T : class
    {
        var errors = new List<ContentError>();
        T? value = null;
        Parse(name, () => new StringReader(yaml), errors, root => value = read(root));
        if (value is not null)
        {
            var (id, topic, sources) = owned(value);
            CheckOwned([.. content.Topics], [.. content.Documents], [(id, topic, sources, name, 1)], kind, errors);
        }

        return errors.Count > 0 || value is null
            ? throw new ContentValidationException(errors.Count > 0 ? errors : [new ContentError(name, 1, $"no {kind} was read.")])
            : value;
    }

    /// <summary>An item's, guide's or lesson's id is used once, and its topic and sources are registered.</summary>
    private static void CheckOwned(List<Topic> topics, List<SourceDocument> documents, List<(string Id, string Topic, IReadOnlyList<string> Sources, string File, int Line)> owned, string kind, List<ContentError> errors)
    {
        var topicIds = topics.Select(t => t.Id).ToHashSet();
        var numbers = documents.Select(d => d.Number).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, (string File, int Line)>();
        foreach (var (id, topic, sources, file, line) in owned)
        {
            if (!seen.TryAdd(id, (file, line)))
            {
                errors.Add(new ContentError(file, line, $"{kind} id '{id}' is already used at {seen[id].File}:{seen[id].Line}."));
            }

            if (!topicIds.Contains(topic))
            {
                errors.Add(new ContentError(file, line, $"{kind} '{id}': topic '{topic}' is not in {TopicsFile}."));
            }

            foreach (var source in sources.Where(s => !numbers.Contains(s)))
            {
                errors.Add(new ContentError(file, line, $"{kind} '{id}': source '{source}' is not in {DocumentsFile}."));
            }
        }
    }

    /// <summary>Reads every <c>*.yaml</c> file directly in <paramref name="subfolder"/> (none when it is missing), one thing per file.</summary>
    private static List<(T Value, string File)> ReadEach<T>(string folder, string subfolder, List<ContentError> errors, Func<YamlFields, T?> read)
        where T : class
    {
        var found = new List<(T, string)>();
        var path = Path.Combine(folder, subfolder);
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.yaml", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            Parse(folder, relative, errors, root =>
            {
                if (read(root) is { } value)
                {
                    found.Add((value, relative));
                }
            });
        }

        return found;
    }

    private static void Parse(string folder, string relative, List<ContentError> errors, Action<YamlFields> read)
    {
        var path = Path.Combine(folder, relative);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(relative, 0, "file not found."));
            return;
        }

        Parse(relative, () => new StreamReader(path), errors, read);
    }

    private static void Parse(string relative, Func<TextReader> open, List<ContentError> errors, Action<YamlFields> read)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = open();
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(relative, (int)ex.Start.Line, "not valid YAML: " + ex.Message));
            return;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ContentError(relative, 1, "the file must be a mapping (key: value lines) at the top."));
            return;
        }

        read(new YamlFields(relative, root, errors));
    }

    private static List<Topic> ReadTopics(YamlFields root) =>
        root.Maps("topics", required: true)
            .Select(t => (Id: t.Text("id", true), Title: t.Text("title", true), Intro: t.Text("intro", true)))
            .Where(t => t.Id is not null && t.Title is not null && t.Intro is not null)
            .Select(t => new Topic(t.Id!, t.Title!, t.Intro!))
            .ToList();

    private static List<Locality> ReadLocalities(YamlFields root) =>
        root.Maps("localities", required: true)
            .Select(l => (Id: l.Text("id", true), Name: l.Text("name", true), Aliases: l.TextList("aliases")))
            .Where(l => l.Id is not null && l.Name is not null)
            .Select(l => new Locality(l.Id!, l.Name!, l.Aliases))
            .ToList();

    private static List<(Synonym, int)> ReadSynonyms(YamlFields root) =>
        root.Maps("synonyms", required: true)
            .Select(s => (Term: s.Text("term", true), Means: s.Text("means", true), s.Line))
            .Where(s => s.Term is not null && s.Means is not null)
            .Select(s => (new Synonym(s.Term!, s.Means!), s.Line))
            .ToList();

    private static List<(Synonym, int)> ReadShorthand(YamlFields root) =>
        root.Maps("shorthand", required: true)
            .Select(s => (Term: s.Text("term", true), Means: s.Text("means", true), s.Line))
            .Where(s => s.Term is not null && s.Means is not null)
            .Select(s => (new Synonym(s.Term!, s.Means!), s.Line))
            .ToList();

    private static List<SourceDocument> ReadDocuments(YamlFields root, string folder)
    {
        var documents = new List<SourceDocument>();
        foreach (var d in root.Maps("documents", required: true))
        {
            var (number, type, issuer, title) = (d.Text("number", true), d.Text("type", true), d.Text("issuer", true), d.Text("title", true));
            var signed = d.Date("signed");
            var text = ReadText(d, folder, number);
            if (number is null || type is null || issuer is null || title is null)
            {
                continue;
            }

            documents.Add(new SourceDocument
            {
                Number = number,
                Type = type,
                Issuer = issuer,
                Title = title,
                SignedOn = signed,
                Summary = d.Text("summary", false),
                KeyTargets = d.TextList("key_targets"),
                Link = d.Text("link", false),
                Locality = d.Text("locality", false) ?? Localities.National,
                Text = text,
            });
        }

        return documents;
    }

    /// <summary>The text file a document names under <c>text</c> (a path inside the content folder), or null.</summary>
    private static string? ReadText(YamlFields document, string folder, string? number)
    {
        var relative = document.Text("text", false);
        if (relative is null)
        {
            return null;
        }

        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (Path.IsPathRooted(relative) || !path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            document.ErrorAt("text", $"document '{number}': text '{relative}' must be a path inside the content folder, such as {DocumentsFolder}/<file>.txt.");
            return null;
        }

        if (!File.Exists(path))
        {
            document.ErrorAt("text", $"document '{number}': text file '{relative}' not found.");
            return null;
        }

        return DocumentText.Normalize(File.ReadAllText(path));
    }

    private static List<(FaqItem, string, int)> ReadItems(YamlFields root, string file)
    {
        var topic = root.Text("topic", required: true);
        var locality = root.Text("locality", required: false) ?? Localities.National;
        var items = new List<(FaqItem, string, int)>();
        foreach (var f in root.Maps("items", required: true))
        {
            var (id, question, answer) = (f.Text("id", true), f.Text("question", true), f.Text("answer", true));
            var status = f.Text("status", false) ?? "published";
            var parsedStatus = status switch
            {
                "published" => ContentStatus.Published,
                "draft" => ContentStatus.Draft,
                _ => (ContentStatus?)null,
            };
            if (parsedStatus is null)
            {
                f.Error($"'status' must be 'published' or 'draft', not '{status}'.");
            }

            var links = f.Maps("links", required: false)
                .Select(l => (Title: l.Text("title", true), Url: l.Text("url", true)))
                .Where(l => l.Title is not null && l.Url is not null)
                .Select(l => new ContentLink(l.Title!, l.Url!))
                .ToList();
            var (validFrom, validTo) = (f.Date("valid_from"), f.Date("valid_to"));
            if (id is null || question is null || answer is null || topic is null || parsedStatus is null)
            {
                continue;
            }

            items.Add((new FaqItem
            {
                Id = id,
                Topic = f.Text("topic", false) ?? topic,
                Question = question,
                Variants = f.TextList("variants"),
                Answer = answer,
                Sources = f.TextList("sources"),
                Links = links,
                FollowUps = f.TextList("follow_ups"),
                Tags = f.TextList("tags"),
                Locality = f.Text("locality", false) ?? locality,
                Status = parsedStatus.Value,
                ValidFrom = validFrom,
                ValidTo = validTo,
                Series = f.Text("series", false),
                PeriodFrom = f.Date("period_from"),
                PeriodTo = f.Date("period_to"),
                Verbatim = f.Bool("verbatim", false),
            }, file, f.Line));
        }

        return items;
    }

    private static void CheckLocalities(List<Locality> localities, List<SourceDocument> documents, List<(FaqItem Item, string File, int Line)> items, List<ContentError> errors)
    {
        foreach (var duplicate in localities.GroupBy(l => l.Id).Where(g => g.Count() > 1))
        {
            errors.Add(new ContentError(LocalitiesFile, 0, $"locality id '{duplicate.Key}' is used more than once."));
        }

        var known = localities.Select(l => l.Id).Append(Localities.National).ToHashSet();
        foreach (var document in documents.Where(d => !known.Contains(d.Locality)))
        {
            errors.Add(new ContentError(DocumentsFile, 0, $"document '{document.Number}': locality '{document.Locality}' is not in {LocalitiesFile}."));
        }

        foreach (var (item, file, line) in items.Where(i => !known.Contains(i.Item.Locality)))
        {
            errors.Add(new ContentError(file, line, $"item '{item.Id}': locality '{item.Locality}' is not in {LocalitiesFile}."));
        }
    }

    /// <summary>Each term has one meaning: once in synonyms.yaml.</summary>
    private static void CheckSynonyms(List<(Synonym Entry, int Line)> synonyms, List<ContentError> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (entry, line) in synonyms)
        {
            if (!seen.TryAdd(entry.Term, line))
            {
                errors.Add(new ContentError(SynonymsFile, line, $"term '{entry.Term}' is already listed at line {seen[entry.Term]}."));
            }
        }
    }

    /// <summary>Each term has one meaning: once in shorthand.yaml, and not also in synonyms.yaml.</summary>
    private static void CheckShorthand(List<(Synonym Entry, int Line)> shorthand, List<Synonym> synonyms, List<ContentError> errors)
    {
        var synonymTerms = synonyms.Select(s => s.Term).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (entry, line) in shorthand)
        {
            if (!seen.TryAdd(entry.Term, line))
            {
                errors.Add(new ContentError(ShorthandFile, line, $"term '{entry.Term}' is already listed at line {seen[entry.Term]}."));
            }

            if (synonymTerms.Contains(entry.Term))
            {
                errors.Add(new ContentError(ShorthandFile, line, $"term '{entry.Term}' is also in {SynonymsFile}; keep it in one file."));
            }
        }
    }

    private static void CheckReferences(List<Topic> topics, List<SourceDocument> documents, List<(FaqItem Item, string File, int Line)> items, List<ContentError> errors)
    {
        foreach (var duplicate in topics.GroupBy(t => t.Id).Where(g => g.Count() > 1))
        {
            errors.Add(new ContentError(TopicsFile, 0, $"topic id '{duplicate.Key}' is used more than once."));
        }

        foreach (var duplicate in documents.GroupBy(d => d.Number, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(new ContentError(DocumentsFile, 0, $"document '{duplicate.Key}' is listed more than once."));
        }

        CheckOwned(topics, documents, [.. items.Select(i => (i.Item.Id, i.Item.Topic, i.Item.Sources, i.File, i.Line))], "item", errors);
        var ids = items.Select(i => i.Item.Id).ToHashSet();
        foreach (var (item, file, line) in items)
        {
            if (item.ValidFrom > item.ValidTo)
            {
                errors.Add(new ContentError(file, line, $"item '{item.Id}': valid_from is after valid_to."));
            }

            if (item.Series is not null && (item.PeriodFrom is null || item.PeriodTo is null))
            {
                errors.Add(new ContentError(file, line, $"item '{item.Id}': an item in a series needs period_from and period_to (the period its answer is about)."));
            }
            else if (item.PeriodFrom > item.PeriodTo)
            {
                errors.Add(new ContentError(file, line, $"item '{item.Id}': period_from is after period_to."));
            }

            foreach (var followUp in item.FollowUps.Where(f => !ids.Contains(f)))
            {
                errors.Add(new ContentError(file, line, $"item '{item.Id}': follow-up '{followUp}' is not an item id."));
            }
        }
    }
}
