using System.Text.RegularExpressions;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// The kind of figure a question asks for: an amount of money ("phí bao nhiêu", "hết bao nhiêu tiền", "phạt bao nhiêu"),
/// a share ("bao nhiêu %", "mấy phần trăm") or a length of time ("bao lâu", "mấy ngày"). An answer that states no figure
/// of that kind does not answer the question, however much of its subject it shares: "phí đổi bằng lái hết bao nhiêu"
/// is not answered by how to pay a fee online, nor "bao lâu thì ngân hàng trả lại tiền" by how a fake bank message looks.
/// Read from analyzed words, so shorthand ("bn", "mấy ngày") and text without diacritics read the same.
/// </summary>
public static partial class AskedFigure
{
    /// <summary>What a question asks a figure of; <see cref="FigureKind.None"/> when it asks none of these.</summary>
    /// <param name="tokens">The question's analyzed words (shorthand read).</param>
    /// <param name="text">The question as typed: a "%" is no word.</param>
    public static FigureKind Of(IReadOnlyList<Token> tokens, string text)
    {
        var words = tokens.Select(t => t.Folded).ToArray();

        // A word typed with marks asks only as spelled: "báo" or "máy" do not.
        bool Is(int i, string folded, string spelled) => i < tokens.Count && words[i] == folded && (!tokens[i].HasMarks || tokens[i].Spelled == spelled);
        for (var i = 0; i < words.Length; i++)
        {
            var howMany = Is(i, "bao", "bao") && Is(i + 1, "nhieu", "nhiêu");
            if (Is(i, "bao", "bao") && Is(i + 1, "lau", "lâu"))
            {
                return FigureKind.Duration;
            }

            // "bao nhiêu" or "mấy" before what is counted: "bao nhiêu ngày", "mấy phần trăm", "bao nhiêu tiền".
            var count = howMany ? i + 2 : Is(i, "may", "mấy") ? i + 1 : -1;
            if (count < 0)
            {
                continue;
            }

            var counted = count < words.Length ? words[count] : null;
            if (counted is "phan" && count + 1 < words.Length && words[count + 1] == "tram")
            {
                return FigureKind.Share;
            }

            if (counted is not null && TimeUnits.Contains(counted) && !(count + 1 < words.Length && words[count + 1] is "nao" or "gi"))
            {
                // "mấy ngày", "bao nhiêu tháng"; not "mấy ngày nào".
                return FigureKind.Duration;
            }

            if (counted is "tien" or "dong")
            {
                return FigureKind.Money;
            }

            // "bao nhiêu %", "bn % hồ sơ": the sign follows in the text as typed.
            if (howMany && PercentAfterHowMany().IsMatch(VietnameseText.Fold(text)))
            {
                return FigureKind.Share;
            }

            // A question ending on "bao nhiêu" asks an amount when it names what is priced: "phí bao nhiêu", "lệ phí hết bao
            // nhiêu vậy", "bị phạt bao nhiêu", "tiền mai táng phí được nhận bao nhiêu"; not "phí … bao nhiêu người".
            if (howMany && words.Skip(count).All(Particles.Contains) && words.Any(MoneyWords.Contains))
            {
                return FigureKind.Money;
            }
        }

        return FigureKind.None;
    }

    /// <summary>Whether <paramref name="answer"/> states a figure of the <paramref name="kind"/> asked (always, for none).</summary>
    public static bool IsStatedIn(FigureKind kind, string answer)
    {
        var folded = VietnameseText.Fold(answer);
        return kind switch
        {
            FigureKind.Duration => Duration().IsMatch(folded),
            FigureKind.Money => Money().IsMatch(folded) || Free().IsMatch(folded),
            FigureKind.Share => folded.Contains('%', StringComparison.Ordinal) || folded.Contains("phan tram", StringComparison.Ordinal),
            _ => true,
        };
    }

    private static readonly HashSet<string> TimeUnits = ["phut", "gio", "tieng", "ngay", "tuan", "thang", "nam"];

    private static readonly HashSet<string> MoneyWords = ["phi", "tien", "gia", "phat", "ton"];

    // What may close a question after "bao nhiêu" without being what is counted ("… bao nhiêu vậy ạ").
    private static readonly HashSet<string> Particles = ["vay", "a", "ah", "ak", "ha", "nhi", "roi", "the", "z", "v", "nhe", "nha", "ad", "admin", "day", "chu", "mn", "ta"];

    [GeneratedRegex(@"\b(bao nhieu|bn)\s*%")]
    private static partial Regex PercentAfterHowMany();

    // A number, in digits or words, of a unit of time; or at once.
    [GeneratedRegex(@"(\d+|\b(mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|vai|nua))\s*(phut|gio|tieng|ngay|tuan|thang|nam)\b|\b(ngay lap tuc|tuc thi|trong ngay|ngay sau khi)\b")]
    private static partial Regex Duration();

    // An amount: digits with a currency ("50.000 đồng", "2 triệu", "100k"), or a share of something ("0,5%").
    [GeneratedRegex(@"\d[\d.,]*\s*(d|dong|vnd|nghin|ngan|trieu|ty|k|%)(\b|$)")]
    private static partial Regex Money();

    // Nothing to pay is an amount too.
    [GeneratedRegex(@"\b(mien phi|khong mat phi|khong thu phi|khong ton phi|khong mat tien|khong phai tra|mien (le )?phi)\b")]
    private static partial Regex Free();
}

/// <summary>The kind of figure a question asks for (<see cref="AskedFigure"/>).</summary>
public enum FigureKind
{
    /// <summary>No figure, or one of a kind not checked (a date, a count of things).</summary>
    None,

    /// <summary>An amount of money: a fee, a price, a fine.</summary>
    Money,

    /// <summary>A share, in per cent.</summary>
    Share,

    /// <summary>A length of time.</summary>
    Duration,
}
