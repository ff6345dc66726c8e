using CdsBot.Dialogs.Documents;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;
using YamlDotNet.Serialization.NamingConventions;

namespace CdsBot.Dialogs.Content;

/// <summary>
/// Writes content in the folder format <see cref="ContentFileReader"/> reads: topics.yaml, documents.yaml (each
/// document's full text in documents/&lt;slug&gt;.txt), localities.yaml, synonyms.yaml, shorthand.yaml, and one faq
/// file per topic and locality. Reading what it wrote gives the same content back.
/// </summary>
public static class ContentFileWriter
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .WithEventEmitter(next => new MultilineAsLiteral(next))
        .DisableAliases()
        .Build();

    /// <summary>Writes <paramref name="content"/> into <paramref name="folder"/>, replacing its faq files, guides, lessons and document texts.</summary>
    public static void Write(ContentSet content, string folder)
    {
        Directory.CreateDirectory(folder);
        var faqFolder = Path.Combine(folder, ContentFileReader.FaqFolder);
        Clear(faqFolder, "*.yaml");
        Directory.CreateDirectory(faqFolder);
        Save(folder, ContentFileReader.TopicsFile, new { Topics = content.Topics.Select(t => new { t.Id, t.Title, t.Intro }) });
        var documents = content.Documents.OrderBy(d => d.Locality != Localities.National).ThenBy(d => d.Locality, StringComparer.Ordinal).ThenBy(d => d.Number, StringComparer.Ordinal).ToList();
        var texts = WriteTexts(documents, folder);
        Save(folder, ContentFileReader.DocumentsFile, new
        {
            Documents = documents.Select(d => new
            {
                d.Number,
                d.Type,
                d.Issuer,
                Signed = d.SignedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                d.Title,
                d.Summary,
                KeyTargets = d.KeyTargets.Count > 0 ? d.KeyTargets : null,
                d.Link,
                Locality = d.Locality == Localities.National ? null : d.Locality,
                Text = texts.GetValueOrDefault(d.Number),
            }),
        });
        File.WriteAllText(Path.Combine(folder, ContentFileReader.LocalitiesFile), LocalitiesYaml(content.Localities));
        Save(folder, ContentFileReader.SynonymsFile, new { Synonyms = content.Synonyms.Select(s => new { s.Term, s.Means }) });
        if (content.Shorthand.Count > 0)
        {
            Save(folder, ContentFileReader.ShorthandFile, new { Shorthand = content.Shorthand.Select(s => new { s.Term, s.Means }) });
        }
        else
        {
            // An empty list would be written as "{}", which the reader refuses; no file reads as no shorthand.
            File.Delete(Path.Combine(folder, ContentFileReader.ShorthandFile));
        }

        WriteEach(folder, ContentFileReader.GuidesFolder, content.Guides, g => g.Id, GuideShape);
        WriteEach(folder, ContentFileReader.LessonsFolder, content.Lessons, l => l.Id, LessonShape);

        foreach (var group in content.Items.GroupBy(i => (i.Topic, i.Locality)).OrderBy(g => g.Key.Topic, StringComparer.Ordinal))
        {
            var (topic, locality) = group.Key;
            var name = locality == Localities.National ? $"{topic}.yaml" : $"{locality}-{topic}.yaml";
            Save(folder, Path.Combine(ContentFileReader.FaqFolder, name), new
            {
                Topic = topic,
                Locality = locality == Localities.National ? null : locality,
                Items = group.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => new
                {
                    i.Id,
                    i.Question,
                    Variants = NullIfEmpty(i.Variants),
                    i.Answer,
                    Sources = NullIfEmpty(i.Sources),
                    Links = i.Links.Count > 0 ? i.Links.Select(l => new { l.Title, l.Url }) : null,
                    FollowUps = NullIfEmpty(i.FollowUps),
                    Tags = NullIfEmpty(i.Tags),
                    Status = i.Status == ContentStatus.Draft ? "draft" : null,
                    ValidFrom = i.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ValidTo = i.ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    i.Series,
                    PeriodFrom = i.PeriodFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    PeriodTo = i.PeriodTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    Verbatim = i.Verbatim ? true : (bool?)null,
                }),
            });
        }
    }

    /// <summary>
    /// Writes every document's text to documents/&lt;slug&gt;.txt (a second document with the same slug gets "-2", …)
    /// after removing the texts written before; returns the relative path per document number.
    /// </summary>
    private static Dictionary<string, string> WriteTexts(List<SourceDocument> documents, string folder)
    {
        var textFolder = Path.Combine(folder, ContentFileReader.DocumentsFolder);
        Clear(textFolder, "*.txt");
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.Text is not null))
        {
            Directory.CreateDirectory(textFolder);
            var slug = DocumentSlug.Of(document.Number);
            var name = slug;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{slug}-{n}";
            }

            var relative = $"{ContentFileReader.DocumentsFolder}/{name}.txt";
            File.WriteAllText(Path.Combine(textFolder, name + ".txt"), DocumentText.Normalize(document.Text!) + "\n");
            paths[document.Number] = relative;
        }

        return paths;
    }

    /// <summary>The places as <c>localities.yaml</c> holds them (what staff export and import in the workspace).</summary>
    public static string LocalitiesYaml(IEnumerable<Locality> localities) =>
        Serializer.Serialize(new { Localities = localities.Select(l => new { l.Id, l.Name, Aliases = NullIfEmpty(l.Aliases) }) });

    /// <summary>A guide as its file holds it (what staff edit in the workspace).</summary>
    public static string GuideYaml(Guide guide) => Serializer.Serialize(GuideShape(guide));

    /// <summary>A lesson as its file holds it.</summary>
    public static string LessonYaml(Lesson lesson) => Serializer.Serialize(LessonShape(lesson));

    private static object GuideShape(Guide guide) => new
    {
        guide.Id,
        guide.Title,
        MenuTitle = guide.MenuTitle,
        guide.Topic,
        Triggers = NullIfEmpty(guide.Triggers),
        Sources = NullIfEmpty(guide.Sources),
        Links = guide.Links.Count > 0 ? guide.Links.Select(l => new { l.Title, l.Url }) : null,
        Steps = guide.Steps.Select(step => new
        {
            step.Id,
            step.Text,
            Image = step.ImageUrl,
            Choices = step.Choices.Count > 0 ? step.Choices.Select(c => new { c.Title, c.Next }) : null,
            step.Next,
            End = step.End ? true : (bool?)null,
        }),
    };

    private static object LessonShape(Lesson lesson) => new
    {
        lesson.Id,
        lesson.Title,
        MenuTitle = lesson.MenuTitle,
        lesson.Topic,
        Sources = NullIfEmpty(lesson.Sources),
        lesson.Messages,
        Check = new
        {
            lesson.Check.Question,
            Choices = lesson.Check.Choices.Select(c => new { c.Title, Correct = c.Correct ? true : (bool?)null }),
            lesson.Check.Explanation,
        },
    };

    /// <summary>Writes each of <paramref name="values"/> to <c>subfolder/&lt;id&gt;.yaml</c>, after removing the files written before.</summary>
    private static void WriteEach<T>(string folder, string subfolder, IReadOnlyList<T> values, Func<T, string> id, Func<T, object> shape)
    {
        Clear(Path.Combine(folder, subfolder), "*.yaml");
        foreach (var value in values)
        {
            Directory.CreateDirectory(Path.Combine(folder, subfolder));
            Save(folder, Path.Combine(subfolder, id(value) + ".yaml"), shape(value));
        }
    }

    private static void Clear(string folder, string pattern)
    {
        if (Directory.Exists(folder))
        {
            foreach (var old in Directory.GetFiles(folder, pattern, SearchOption.AllDirectories))
            {
                File.Delete(old);
            }
        }
    }

    private static IReadOnlyList<string>? NullIfEmpty(IReadOnlyList<string> values) => values.Count > 0 ? values : null;

    private static void Save(string folder, string relative, object document) =>
        File.WriteAllText(Path.Combine(folder, relative), Serializer.Serialize(document));

    /// <summary>Answers span lines; literal blocks keep them readable and editable.</summary>
    private sealed class MultilineAsLiteral(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
        {
            if (eventInfo.Source.Value is string text && text.Contains('\n', StringComparison.Ordinal))
            {
                eventInfo.Style = ScalarStyle.Literal;
            }

            base.Emit(eventInfo, emitter);
        }
    }
}
