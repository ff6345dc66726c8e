using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CdsBot.Documents;

/// <summary>
/// Word's automatic list numbers, which are not in a paragraph's text: counts each list's levels through the document
/// and renders a level's pattern ("Điều %1.", "%1.%2.", "%3)") in its format (decimal, letters, Roman numerals). Bullets
/// become "-". A paragraph numbered through its style (as numbered headings are) counts too.
/// </summary>
internal sealed class DocxNumbering(NumberingDefinitionsPart? numberingPart, StyleDefinitionsPart? stylesPart)
{
    private readonly Dictionary<int, int[]> _counters = [];

    /// <summary>The label Word shows before <paramref name="paragraph"/>, or null when it is not a list item.</summary>
    public string? Label(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties ?? StyleNumbering(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var numberingId = properties?.NumberingId?.Val?.Value;
        if (numberingId is null or 0 || numberingPart?.Numbering is not { } numbering)
        {
            return null;
        }

        var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberingId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        if (definition is null)
        {
            return null;
        }

        var levels = Enumerable.Range(0, 9).Select(i => definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == i)).ToArray();
        var level = Math.Clamp(properties!.NumberingLevelReference?.Val?.Value ?? 0, 0, 8);
        if (levels[level] is not { } current)
        {
            return null;
        }

        var counters = _counters.TryGetValue(numberingId.Value, out var known) ? known : _counters[numberingId.Value] = new int[9];
        counters[level] = counters[level] == 0 ? Start(current) : counters[level] + 1;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            counters[deeper] = 0;
        }

        var pattern = current.LevelText?.Val?.Value ?? "";
        if (current.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
        {
            return "-";
        }

        for (var i = 0; i < 9; i++)
        {
            var placeholder = $"%{i + 1}";
            if (pattern.Contains(placeholder, StringComparison.Ordinal))
            {
                var value = counters[i] == 0 && levels[i] is { } shallower ? Start(shallower) : counters[i];
                pattern = pattern.Replace(placeholder, Format(value, levels[i]?.NumberingFormat?.Val?.Value), StringComparison.Ordinal);
            }
        }

        return pattern.Trim().Length == 0 ? null : pattern.Trim();
    }

    private NumberingProperties? StyleNumbering(string? styleId) =>
        styleId is null ? null : stylesPart?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId)?.StyleParagraphProperties?.NumberingProperties;

    private static int Start(Level level) => level.StartNumberingValue?.Val?.Value ?? 1;

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letters = "";
            for (var n = value; n > 0; n = (n - 1) / 26)
            {
                letters = (char)('a' + ((n - 1) % 26)) + letters;
            }

            return format == NumberFormatValues.UpperLetter ? letters.ToUpperInvariant() : letters;
        }

        if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
        {
            var roman = Roman(value);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        }

        return format == NumberFormatValues.None ? "" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Roman(int value)
    {
        var numerals = new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var text = new System.Text.StringBuilder();
        foreach (var (amount, numeral) in numerals)
        {
            for (; value >= amount; value -= amount)
            {
                text.Append(numeral);
            }
        }

        return text.ToString();
    }
}
