using System.Text;
using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>Composes what a citizen reads for an item: the answer, then its sources and links.</summary>
public static class AnswerText
{
    /// <summary>The answer of <paramref name="item"/> (or <paramref name="answer"/>, its rephrasing) followed by "Nguồn: …" naming each source document.</summary>
    public static string Compose(FaqItem item, ContentSet content, string? answer = null)
    {
        var text = new StringBuilder((answer ?? item.Answer).Trim());
        var documents = Documents(item.Sources, content);
        if (documents.Count > 0)
        {
            text.Append("\n\n").Append(SourcesLine(documents));
        }

        var links = item.Links.Select(l => l.Url)
            .Concat(documents.Select(d => d.Link).OfType<string>())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(url => !item.Answer.Contains(url, StringComparison.OrdinalIgnoreCase))
            .Take(2)
            .ToList();
        foreach (var url in links)
        {
            text.Append("\nXem thêm: ").Append(url);
        }

        return text.ToString();
    }

    /// <summary>The documents of <paramref name="sources"/> (numbers) registered in <paramref name="content"/>.</summary>
    public static IReadOnlyList<SourceDocument> Documents(IEnumerable<string> sources, ContentSet content) =>
        [.. sources.Select(content.FindDocument).OfType<SourceDocument>()];

    /// <summary>"Nguồn: …" naming each of <paramref name="documents"/> (number, date, issuer).</summary>
    public static string SourcesLine(IReadOnlyList<SourceDocument> documents) =>
        $"Nguồn: {string.Join("; ", documents.Select(d => d.Citation))}.";
}
