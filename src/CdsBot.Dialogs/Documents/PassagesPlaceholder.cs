// PLACEHOLDER (doc-upload branch only): a stand-in for the passages branch's Passage, PassageSplitter, PassageIndex and
// ContentCatalog.Passages, so the host's document-text work compiles before that branch lands. Delete this whole file
// when merging the passages branch (its types will clash with these; its ContentCatalog.Passages property wins over the
// extension below). The splitting here is deliberately naive.
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Documents;

/// <summary>A piece of a document's text that can answer a question on its own.</summary>
public sealed record Passage(string Id, string DocumentNumber, int Order, string HeadingPath, string Text);

/// <summary>Splits a document's text into passages.</summary>
public static partial class PassageSplitter
{
    private const int MaxLength = 1200;

    /// <summary>The passages of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Passage> Split(string documentNumber, string text)
    {
        var passages = new List<Passage>();
        var headings = new SortedDictionary<int, string>();
        var current = new List<string>();
        var currentLength = 0;
        var path = "";

        void Flush()
        {
            if (current.Count > 0)
            {
                passages.Add(new Passage($"{documentNumber}#{passages.Count + 1}", documentNumber, passages.Count + 1, path, string.Join('\n', current)));
            }

            current.Clear();
            currentLength = 0;
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (Level(line) is { } level)
            {
                Flush();
                foreach (var deeper in headings.Keys.Where(k => k >= level).ToList())
                {
                    headings.Remove(deeper);
                }

                headings[level] = line.Length > 80 ? line[..80] : line;
                path = string.Join(" › ", headings.Values);
            }
            else if (currentLength + line.Length > MaxLength)
            {
                Flush();
            }

            current.Add(line);
            currentLength += line.Length;
        }

        Flush();
        return passages;
    }

    private static int? Level(string line) => Heading().Match(line) is { Success: true } m
        ? m.Groups[1].Value switch { "Phần" => 0, "Chương" => 1, "Mục" => 2, _ => 3 }
        : null;

    [GeneratedRegex(@"^(Phần|Chương|Mục|Điều)\s+[\dIVXLC]+\b")]
    private static partial Regex Heading();
}

/// <summary>The passages of every document with a text.</summary>
public sealed class PassageIndex
{
    private static readonly ConditionalWeakTable<ContentSet, PassageIndex> Built = [];
    private readonly Dictionary<string, IReadOnlyList<Passage>> _byDocument;
    private readonly Dictionary<string, Passage> _byId;

    private PassageIndex(ContentSet content)
    {
        _byDocument = content.Documents.Where(d => !string.IsNullOrWhiteSpace(d.Text))
            .ToDictionary(d => d.Number, d => PassageSplitter.Split(d.Number, d.Text!), StringComparer.OrdinalIgnoreCase);
        _byId = _byDocument.Values.SelectMany(p => p).ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    /// <summary>The passages of the document numbered <paramref name="documentNumber"/>, in order (none without a text).</summary>
    public IReadOnlyList<Passage> Of(string documentNumber) => _byDocument.GetValueOrDefault(documentNumber) ?? [];

    /// <summary>The passage with <paramref name="passageId"/>, or null.</summary>
    public Passage? Find(string passageId) => _byId.GetValueOrDefault(passageId);

    internal static PassageIndex For(ContentSet content) => Built.GetValue(content, c => new PassageIndex(c));
}

/// <summary>ContentCatalog.Passages until the passages branch adds the real property.</summary>
public static class PassagePlaceholderExtensions
{
    extension(ContentCatalog catalog)
    {
        /// <summary>The passages of the documents in force.</summary>
        public PassageIndex Passages => PassageIndex.For(catalog.Content);
    }
}
