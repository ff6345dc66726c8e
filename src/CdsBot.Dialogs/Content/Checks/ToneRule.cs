using System.Text.RegularExpressions;

namespace CdsBot.Dialogs.Content.Checks;

/// <summary>
/// House tone for what a citizen reads: no bare "Có thể." / "Không." / "Có." / "Được." opening (say what the citizen
/// can do), a first paragraph that fits a phone screen (details after a blank line), Vietnamese with diacritics, and
/// the citizen addressed as "Anh/Chị".
/// </summary>
public static partial class ToneRule
{
    /// <summary>The rule's name in findings.</summary>
    public const string Name = "tone";

    /// <summary>The most characters the first paragraph may have.</summary>
    public const int FirstParagraphLimit = 300;

    /// <summary>The tone problems of <paramref name="item"/>'s answer.</summary>
    public static IEnumerable<CheckFinding> Check(FaqItem item) => Check(item.Id, item.Answer);

    /// <summary>The tone problems of a guide step's or lesson message's text (each is one message on a phone), naming its part.</summary>
    public static IEnumerable<CheckFinding> Check(CheckedText text) =>
        text.Tone ? Check(text.Id, text.Text).Select(f => f with { Kind = text.Kind, Message = $"{text.Part}: {f.Message}" }) : [];

    private static IEnumerable<CheckFinding> Check(string id, string text)
    {
        var answer = text.Trim();
        if (BareOpening().Match(answer) is { Success: true } opening)
        {
            yield return Finding(id, "opening", opening.Value, $"answer opens with a bare «{opening.Value}»; say what the citizen can do");
        }

        var first = FirstParagraph(answer);
        if (first.Length > FirstParagraphLimit)
        {
            yield return Finding(id, "first-paragraph", first[..40] + "…", $"first paragraph has {first.Length} characters (at most {FirstParagraphLimit}); put the details after a blank line");
        }

        if (answer.Count(char.IsLetter) >= 20 && !answer.Any(IsVietnameseLetter))
        {
            yield return Finding(id, "diacritics", answer[..Math.Min(40, answer.Length)], "answer has no Vietnamese diacritics");
        }

        foreach (var address in Address().Matches(answer).Select(m => m.Value).Where(a => a != "Anh/Chị").Distinct())
        {
            yield return Finding(id, "address", address, $"address the citizen as «Anh/Chị», not «{address}»");
        }
    }

    /// <summary>The text up to the first blank line.</summary>
    public static string FirstParagraph(string answer) => BlankLine().Split(answer.Trim(), 2)[0].Trim();

    private static CheckFinding Finding(string id, string aspect, string fact, string message) =>
        new(id, Name, fact, aspect, "tone: " + message);

    private static bool IsVietnameseLetter(char c) =>
        "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    [GeneratedRegex(@"^(Có thể|Không|Có|Được)\s*[.!]", RegexOptions.IgnoreCase)]
    private static partial Regex BareOpening();

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    /// <summary>"anh/chị", "Anh chị", "anh / chị"…, but not "anh chị em" (siblings).</summary>
    [GeneratedRegex(@"(?<!\p{L})anh\s*/?\s*chị(?!\p{L})(?!\s+em(?!\p{L}))", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
