using System.Text.RegularExpressions;

namespace CdsBot.Dialogs.Documents;

/// <summary>
/// Reads a document's text (as converted from DOCX or PDF) into <see cref="TextBlock"/>s. Consecutive lines of
/// running text are one paragraph; a blank line ends it, except where a page break cut a sentence: a paragraph that
/// does not end in punctuation continues into the next one when that starts in lower case ("… tài nguyên môi
/// trường,⏎⏎sản xuất công nghiệp."). Markup left by the conversion (bold and italic asterisks, HTML tags,
/// "[Signature]" placeholders) is dropped; words are never changed.
/// </summary>
internal static partial class TextBlocks
{
    public static List<TextBlock> Read(string text)
    {
        var blocks = new List<TextBlock>();
        TextBlock? open = null;
        var blank = false;
        foreach (var raw in text.Split('\n'))
        {
            if (Cells(raw) is { } cells)
            {
                blocks.Add(new TextBlock(TextBlockKind.TableRow, [string.Join(" | ", cells.Where(c => c.Length > 0))], cells));
                open = null;
                continue;
            }

            var line = Clean(raw);
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }

            var kind = IsBullet(line) ? TextBlockKind.Bullet : Heading.StartsWithLabel(line) ? TextBlockKind.Heading : TextBlockKind.Paragraph;
            if (kind == TextBlockKind.Paragraph && open is { Kind: TextBlockKind.Paragraph or TextBlockKind.Bullet }
                && (!blank || (char.IsLower(line[0]) && !EndsInPunctuation(open.Lines[^1]))))
            {
                open.Lines.Add(line);
            }
            else
            {
                open = new TextBlock(kind, [line], []);
                blocks.Add(open);
            }

            blank = false;
        }

        return blocks;
    }

    /// <summary>The cells of a table row (tab- or pipe-separated, at least two filled), or null for any other line.</summary>
    private static string[]? Cells(string raw)
    {
        string[] cells;
        if (raw.Contains('\t', StringComparison.Ordinal))
        {
            cells = raw.TrimEnd('\r').Split('\t');
        }
        else if (raw.Count(c => c == '|') >= 2)
        {
            cells = raw.Trim().Trim('|').Split('|');
            if (cells.All(c => c.Trim().All(ch => ch is '-' or ':' or ' ')))
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        var cleaned = cells.Select(Clean).ToArray();
        return cleaned.Count(c => c.Length > 0) >= 2 ? cleaned : null;
    }

    private static string Clean(string line) =>
        Spaces().Replace(Markup().Replace(line, ""), " ").Trim();

    private static bool IsBullet(string line) =>
        line.Length > 1 && line[0] is '-' or '+' or '•' or '–' or '—' && line[1] == ' ';

    private static bool EndsInPunctuation(string line) =>
        line.TrimEnd('"', '”', '’', ')', ' ') is { Length: > 0 } trimmed && trimmed[^1] is '.' or '!' or '?' or ':' or ';' or '…';

    [GeneratedRegex(@"\*+|</?[a-zA-Z][^>]*>|\[Signature\]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
