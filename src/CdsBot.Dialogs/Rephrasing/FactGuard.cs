using System.Text;
using System.Text.RegularExpressions;

namespace CdsBot.Dialogs.Rephrasing;

/// <summary>
/// Checks a rephrasing against its curated answer: every number, date, percentage, document number (57-NQ/TW,
/// 749/QĐ-TTg), web address, phone number and named platform (VNeID, dichvucong.gov.vn…) of the curated answer must
/// appear unchanged, none may be added, and the length must stay within a phone screen's reach of the original.
/// Conservative by design: a rephrasing that writes "22/4/2022" as "ngày 22 tháng 4" is refused.
/// </summary>
public sealed partial class FactGuard(IEnumerable<string> namedPlatforms, int maxLength = 1500)
{
    /// <summary>Platforms and programmes citizens are sent to; matched case-insensitively, required verbatim.</summary>
    public static readonly string[] DefaultPlatforms =
    [
        "VNeID", "VssID", "eTax", "iHanoi", "Zalo", "Messenger", "Facebook", "OCOP", "Postmart", "Voso", "CCCD",
        "Cổng Dịch vụ công quốc gia", "Cổng Dịch vụ công", "Bình dân học vụ số", "Sổ sức khỏe điện tử", "VietQR", "NAPAS",
        "tín nhiệm mạng", "Chính phủ số", "Kinh tế số", "Xã hội số",
    ];

    private readonly string[] _platforms = [.. namedPlatforms.Select(p => p.Normalize(NormalizationForm.FormC)).OrderByDescending(p => p.Length)];

    /// <summary>Null when <paramref name="rephrased"/> keeps <paramref name="curated"/>'s facts; otherwise why not.</summary>
    public string? Check(string curated, string rephrased)
    {
        curated = curated.Normalize(NormalizationForm.FormC);
        rephrased = rephrased.Normalize(NormalizationForm.FormC).Trim();
        if (rephrased.Length == 0)
        {
            return "empty rephrasing";
        }

        var limit = Math.Min(maxLength, Math.Max(curated.Length * 3 / 2, curated.Length + 150));
        if (rephrased.Length > limit)
        {
            return $"too long ({rephrased.Length} > {limit} characters)";
        }

        if (rephrased.Length < curated.Length * 2 / 5)
        {
            return $"too short ({rephrased.Length} of {curated.Length} characters): content may be lost";
        }

        var before = Facts(curated);
        var after = Facts(rephrased);
        if (before.FirstOrDefault(f => !after.Contains(f)) is { } lost)
        {
            return $"lost or altered fact '{lost}'";
        }

        if (after.FirstOrDefault(f => !before.Contains(f)) is { } added)
        {
            return $"added fact '{added}'";
        }

        return HasVietnameseLetters(curated) && !HasVietnameseLetters(rephrased) ? "not Vietnamese with diacritics" : null;
    }

    /// <summary>The facts of <paramref name="text"/>, each as it must be written.</summary>
    public HashSet<string> Facts(string text)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        var rest = text;
        foreach (var pattern in new[] { Url(), Domain(), Email(), DocumentNumber(), Phone() })
        {
            rest = pattern.Replace(rest, m =>
            {
                facts.Add(Canonical(pattern, m.Value));
                return " ";
            });
        }

        foreach (Match number in Number().Matches(rest))
        {
            facts.Add(number.Value.TrimEnd('.', ',', ':', '/'));
        }

        foreach (var platform in _platforms)
        {
            // Every mention as written: "vneid" where the answer says "VNeID" is a fact of its own, so it counts as altered.
            for (var at = rest.IndexOf(platform, StringComparison.OrdinalIgnoreCase); at >= 0; at = rest.IndexOf(platform, StringComparison.OrdinalIgnoreCase))
            {
                facts.Add(rest.Substring(at, platform.Length));
                rest = string.Concat(rest.AsSpan(0, at), " ", rest.AsSpan(at + platform.Length));
            }
        }

        return facts;
    }

    private static string Canonical(Regex pattern, string value)
    {
        value = value.TrimEnd('.', ',', ';', ':', ')', '!', '?', '"', '\'');
        return pattern == Phone() ? new string([.. value.Where(c => char.IsDigit(c) || c == '+')]) : value;
    }

    private static bool HasVietnameseLetters(string text) => text.Any(c => "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal));

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.(gov\.vn|edu\.vn|com\.vn|org\.vn|vn|com|org|net)(/[^\s<>""]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    [GeneratedRegex(@"\b[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    /// <summary>57-NQ/TW, 749/QĐ-TTg, 69/2024/NĐ-CP, 01-KH/BCĐTW, 06/QĐ-TTg.</summary>
    [GeneratedRegex(@"\b\d+(/\d{4})?[-/]\p{Lu}[\p{L}]*([-/]\p{Lu}[\p{L}]*)*")]
    private static partial Regex DocumentNumber();

    /// <summary>Vietnamese phone numbers: 0xx… or +84…, digits grouped by spaces or dots; hotlines like 1900 1234.</summary>
    [GeneratedRegex(@"(?<![\d/])(\+84|0|1[89]00)[\d][\d .]{6,12}\d(?![\d/])")]
    private static partial Regex Phone();

    /// <summary>Numbers, dates and percentages: 10/10, 22/4/2022, 1.000, 2,5, 30%, 08:00.</summary>
    [GeneratedRegex(@"\d+([.,/:]\d+)*%?")]
    private static partial Regex Number();
}
