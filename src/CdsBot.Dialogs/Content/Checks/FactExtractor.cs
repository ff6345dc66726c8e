using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CdsBot.Dialogs.Content.Checks;

/// <summary>
/// Finds the facts a reviewer checks against a source: document numbers, dates, percentages and numbers, each with a
/// comparable key so that "22/04/2022" and "ngày 22 tháng 4 năm 2022", "30%" and "30 phần trăm", "1.000" and "1000"
/// compare equal. Web addresses are skipped, and so are digits inside a word ("4G"), list markers ("1.", "(2)") and a
/// guide's step numbers ("Bước 2:").
/// </summary>
public static partial class FactExtractor
{
    /// <summary>Every fact of <paramref name="text"/>, in the order of the kinds (document numbers first), repeats included.</summary>
    public static IReadOnlyList<Fact> Extract(string text)
    {
        var facts = new List<Fact>();
        var rest = text.Normalize(NormalizationForm.FormC);
        rest = Url().Replace(rest, " ");
        rest = Domain().Replace(rest, " ");
        rest = ListMarker().Replace(rest, " ");
        rest = StepMarker().Replace(rest, " ");
        rest = DocumentNumber().Replace(rest, m => Add(facts, FactKind.DocumentNumber, m.Value, DocumentNumberKey(m.Value)));
        rest = LongDate().Replace(rest, m => AddDate(facts, m, m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value));
        rest = ShortDate().Replace(rest, m => AddDate(facts, m, m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value));
        rest = Percentage().Replace(rest, m => Add(facts, FactKind.Percentage, m.Value, NumberKey(m.Groups["n"].Value) + "%"));
        foreach (Match number in Number().Matches(rest))
        {
            facts.Add(new Fact(FactKind.Number, number.Value, NumberKey(number.Value)));
        }

        return facts;
    }

    /// <summary>The key of a document number: upper case, no spaces, no leading zeros ("Số 01 -KH/BCĐTW" → "1-KH/BCĐTW").</summary>
    public static string DocumentNumberKey(string number)
    {
        var compact = string.Concat(number.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        var digits = compact.TakeWhile(char.IsDigit).Count();
        return digits == 0 ? compact : NumberKey(compact[..digits]) + compact[digits..];
    }

    /// <summary>The key of a date: "d/m/yyyy", or "d/m" without a year.</summary>
    public static string DateKey(int day, int month, int? year) => year is { } y ? $"{day}/{month}/{y}" : $"{day}/{month}";

    /// <summary>The key of a number: no thousands separators, no leading zeros, a decimal comma ("1.000" → "1000", "2.5" → "2,5").</summary>
    public static string NumberKey(string number)
    {
        var plain = Thousands().IsMatch(number) ? number.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal) : number.Replace('.', ',');
        var whole = plain.Split(',')[0].TrimStart('0');
        return (whole.Length == 0 ? "0" : whole) + (plain.Contains(',', StringComparison.Ordinal) ? plain[plain.IndexOf(',', StringComparison.Ordinal)..] : "");
    }

    private static string Add(List<Fact> facts, FactKind kind, string written, string key)
    {
        facts.Add(new Fact(kind, written.Trim(), key));
        return " ";
    }

    private static string AddDate(List<Fact> facts, Match match, string day, string month, string year)
    {
        var (d, m) = (int.Parse(day, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture));
        if (d is < 1 or > 31 || m is < 1 or > 12)
        {
            return match.Value;
        }

        int? y = year.Length > 0 ? int.Parse(year, CultureInfo.InvariantCulture) : null;
        return Add(facts, FactKind.Date, match.Value, DateKey(d, m, y));
    }

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.(gov\.vn|edu\.vn|com\.vn|org\.vn|vn|com|org|net)(/[^\s<>""]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    /// <summary>
    /// "1. ", "1.2. ", "2) " or "- 3. " opening a line, a heading's "1.1 Về…" (a capital follows, unlike "10.10 hằng
    /// năm"), and "(1) " inside a line.
    /// </summary>
    [GeneratedRegex(@"(?m)(^[ \t]*(?:[-*+][ \t]*)?\d{1,2}(?:(?:\.\d{1,2})*[.)](?=[ \t])|(?:\.\d{1,2})+(?=[ \t]+\p{Lu}))|\(\d{1,2}\)(?=[ \t]))")]
    private static partial Regex ListMarker();

    /// <summary>"Bước 1", "bước 2": the number of a step in a procedure, not a fact.</summary>
    [GeneratedRegex(@"(?<!\p{L})[Bb]ước\s+\d{1,2}(?![\p{L}\d])")]
    private static partial Regex StepMarker();

    /// <summary>57-NQ/TW, 749/QĐ-TTg, 63/2024/NĐ-CP, 1850-CV/TĐTN-TCKT, "63 -KH/BTGTU" and "96 /KH-UBND" as the seeds write them.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?:/\d{4})? ?[-/] ?\p{Lu}+\p{Ll}?(?:[-/]\p{Lu}+\p{Ll}?)*(?![\p{L}\d])")]
    private static partial Regex DocumentNumber();

    /// <summary>"ngày 18 tháng 3 năm 2022", "10 tháng 10".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:,?\s+năm\s+(?<y>\d{4}))?(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex LongDate();

    /// <summary>"22/12/2024", "03/6/2020", "10/10", "10.10", "17.7.2023".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d/.,])(?<d>\d{1,2})(?<s>[/.])(?<m>\d{1,2})(?:\k<s>(?<y>\d{4}))?(?![\p{L}\d]|[/.,]\d)")]
    private static partial Regex ShortDate();

    /// <summary>"30%", "2,5 %", "30 phần trăm".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<n>\d+(?:[.,]\d+)*)\s?(?:%|phần trăm)", RegexOptions.IgnoreCase)]
    private static partial Regex Percentage();

    /// <summary>"3", "2030", "1.000.000", "500,000", "2,5"; not "4G".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?:[.,]\d+)*(?![\p{L}\d])")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d{1,3}([.,]\d{3})+$")]
    private static partial Regex Thousands();
}
