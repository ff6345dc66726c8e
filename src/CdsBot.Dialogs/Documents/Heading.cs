using System.Globalization;
using System.Text.RegularExpressions;

namespace CdsBot.Dialogs.Documents;

/// <summary>
/// A heading of a document: its depth (a heading closes every open heading at its depth or deeper), its label as
/// the path shows it ("II.", "1.1.", "b)", "Điều 3.", "Phụ lục") and its title shortened to its first words.
/// </summary>
internal sealed partial record Heading(int Level, string Label, string Title)
{
    /// <summary>Depths, outermost first. Roman numerals play the chapter part in plans; a table's group rows nest deepest.</summary>
    public const int AppendixLevel = 0, ChapterLevel = 1, RomanLevel = 2, ArticleLevel = 3, NumberLevel = 4, LetterLevel = 9, TableGroupLevel = 10;

    /// <summary>The longest title a path shows; longer ones are cut at a word and end in "…".</summary>
    public const int TitleLength = 50;

    /// <summary>How the path shows it: "II. Nội dung thực hiện", "Phụ lục: Các nhiệm vụ …", "b)" when it has no title.</summary>
    public override string ToString() =>
        Title.Length == 0 ? Label : Label[^1] is '.' or ')' ? $"{Label} {Title}" : $"{Label}: {Title}";

    /// <summary>
    /// Reads <paramref name="line"/> as a heading. A line that goes on to say something (a sentence, or text after
    /// "Sở Tài chính:") is a numbered paragraph: its heading is the label and first words, and
    /// <paramref name="body"/> is the line without its label; a bare title has no body.
    /// </summary>
    public static bool TryParse(string line, out Heading heading, out string? body)
    {
        heading = null!;
        body = null;
        if (Parse(line) is not var (level, label, rest))
        {
            return false;
        }

        if (IsTitle(rest))
        {
            heading = new Heading(level, label, Shorten(rest));
            return true;
        }

        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        heading = new Heading(level, label, Shorten(colon is > 0 and <= TitleLength ? rest[..colon] : rest));
        body = rest;
        return true;
    }

    /// <summary>Whether <paramref name="line"/> starts with a heading's label.</summary>
    public static bool StartsWithLabel(string line) => Parse(line) is not null;

    /// <summary>A table row's first cell as a group label ("II" → "II."), or null when it is not a Roman numeral.</summary>
    public static string? RomanLabel(string cell) => RomanNumeral().IsMatch(cell) ? cell + "." : null;

    /// <summary>The title as a path shows it: sentence case when written in capitals, cut after its first words.</summary>
    public static string Shorten(string title)
    {
        title = title.Trim().TrimEnd(':', '.', ',', ';', ' ');
        if (IsCapitals(title))
        {
            var lower = title.ToLower(CultureInfo.InvariantCulture);
            title = char.ToUpper(lower[0], CultureInfo.InvariantCulture) + lower[1..];
        }

        if (title.Length <= TitleLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', TitleLength);
        return title[..(cut > 0 ? cut : TitleLength)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static (int Level, string Label, string Remainder)? Parse(string line)
    {
        if (Appendix().Match(line) is { Success: true } appendix)
        {
            var number = appendix.Groups[1].Value;
            return (AppendixLevel, number.Length > 0 ? $"Phụ lục {number}" : "Phụ lục", appendix.Groups[2].Value.Trim());
        }

        if (Chapter().Match(line) is { Success: true } chapter)
        {
            return (ChapterLevel, $"Chương {chapter.Groups[1].Value}.", chapter.Groups[2].Value.Trim());
        }

        if (Article().Match(line) is { Success: true } article)
        {
            return (ArticleLevel, $"Điều {article.Groups[1].Value}.", article.Groups[2].Value.Trim());
        }

        if (Clause().Match(line) is { Success: true } clause)
        {
            return (NumberLevel, $"Khoản {clause.Groups[1].Value}.", clause.Groups[2].Value.Trim());
        }

        if (Roman().Match(line) is { Success: true } roman)
        {
            return (RomanLevel, roman.Groups[1].Value + ".", roman.Groups[2].Value.Trim());
        }

        if (Decimal().Match(line) is { Success: true } dotted)
        {
            var label = dotted.Groups[1].Value;
            return (NumberLevel + label.Count(c => c == '.'), label + ".", dotted.Groups[2].Value.Trim());
        }

        if (Letter().Match(line) is { Success: true } letter)
        {
            return (LetterLevel, letter.Groups[1].Value + ")", letter.Groups[2].Value.Trim());
        }

        return null;
    }

    /// <summary>A bare title: short, and not a sentence (no full stop or semicolon at its end).</summary>
    private static bool IsTitle(string rest) =>
        rest.Length <= 150 && !rest.TrimEnd('"', '”', '’', ')', ' ').EndsWith('.') && !rest.TrimEnd().EndsWith(';') && !rest.Contains(". ", StringComparison.Ordinal);

    private static bool IsCapitals(string text)
    {
        int letters = 0, capitals = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                capitals += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters > 0 && capitals * 5 >= letters * 4;
    }

    [GeneratedRegex(@"^PH[ỤU] L[ỤU]C\b\s*([IVX]+|\d+)?\s*[.:\-–]?\s*(.*)$")]
    private static partial Regex Appendix();

    [GeneratedRegex(@"^(?:Chương|CHƯƠNG)\s+([IVXLC]+|\d+)\b\s*[.:\-–]?\s*(.*)$")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^(?:Điều|ĐIỀU)\s+(\d+[a-z]?)\s*[.:]\s*(.*)$")]
    private static partial Regex Article();

    [GeneratedRegex(@"^Khoản\s+(\d+)\s*[.:]?\s*(.*)$")]
    private static partial Regex Clause();

    // I to XX followed by ".", "-", "–" or ")": "I. MỤC TIÊU", "II- NỘI DUNG".
    [GeneratedRegex(@"^((?=[IVX])X{0,2}(?:IX|IV|V?I{0,3}))\s*[.\-–)]\s*(\S.*)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^((?=[IVX])X{0,2}(?:IX|IV|V?I{0,3}))$")]
    private static partial Regex RomanNumeral();

    // "1. ", "12. ", "1.1. ", "1.1 ", "2.3.1. "; a bare "12 " is not a label.
    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2})*)(?:\.\s+|(?<=\d\.\d{1,2})\s+)(\S.*)$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^([a-zđ])\)\s+(\S.*)$")]
    private static partial Regex Letter();
}
