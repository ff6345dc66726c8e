using System.Text;
using System.Text.RegularExpressions;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// The kind of figure a question asks for: an amount of money ("phí bao nhiêu", "hết bao nhiêu tiền", "phạt bao nhiêu"),
/// a share ("bao nhiêu %", "mấy phần trăm"), a length of time ("bao lâu", "mấy ngày"), how often ("bao lâu một lần"), a
/// time of day ("mấy giờ"), a year ("năm nào") or a place in a ranking ("thứ mấy"). An answer that states no figure of
/// that kind does not answer the question, however much of its subject it shares: "phí đổi bằng lái hết bao nhiêu" is
/// not answered by how to pay a fee online, nor "bao lâu thì ngân hàng trả lại tiền" by how a fake bank message looks.
/// Read from analyzed words, so shorthand ("bn" for "bao nhiêu") and text without diacritics read the same; a word typed
/// with its marks counts only as spelled ("máy" is no "mấy", "quốc gia" no price).
/// </summary>
public static partial class AskedFigure
{
    /// <summary>What <paramref name="question"/>, analyzed by <paramref name="analyzer"/>, asks a figure of (<see cref="Of"/>).</summary>
    public static FigureKind In(string question, TextAnalyzer analyzer) => Of(analyzer.Analyze(question), question);

    /// <summary>What a question asks a figure of; <see cref="FigureKind.None"/> when it asks none of these.</summary>
    /// <param name="tokens">The question's analyzed words (shorthand read).</param>
    /// <param name="text">The question as typed: a "%" is no word.</param>
    public static FigureKind Of(IReadOnlyList<Token> tokens, string text)
    {
        // "bao nhiêu %", "bn %", "mấy %": the sign follows in the text as typed, where the words lost it.
        if (PercentAsked().IsMatch(VietnameseText.Fold(text)))
        {
            return FigureKind.Share;
        }

        var words = tokens.Select(t => t.Folded).ToArray();
        bool Is(int i, string folded, string spelled) => i >= 0 && i < words.Length && tokens[i].Is(folded, spelled);
        bool IsAny(int i, IReadOnlyDictionary<string, string> spellings) =>
            i >= 0 && i < words.Length && spellings.TryGetValue(words[i], out var spelled) && Is(i, words[i], spelled);

        for (var i = 0; i < words.Length; i++)
        {
            // "năm nào", "từ năm nào", "năm bao nhiêu", "năm mấy" closing the question: which year; not "năm nào cũng" (every
            // year), nor a year counted ("1 năm bao nhiêu tiền", "mỗi năm mấy lần").
            if (Is(i, "nam", "năm") && !(i > 0 && (IsNumber(words[i - 1]) || words[i - 1] is "mot" or "moi" or "hang"))
                && ((Is(i + 1, "nao", "nào") && !Is(i + 2, "cung", "cũng"))
                    || (Is(i + 1, "bao", "bao") && Is(i + 2, "nhieu", "nhiêu") && EndsAfter(words, i + 3))
                    || (Is(i + 1, "may", "mấy") && EndsAfter(words, i + 2))))
            {
                return FigureKind.Year;
            }

            // "đứng thứ mấy", "hạng bao nhiêu", "top mấy": a place in a ranking; not the day of the week ("hôm nay thứ mấy"),
            // nor "thử mấy lần" typed without marks (tried a few times).
            var ranked = Is(i, "hang", "hạng") || Is(i, "top", "top")
                || (Is(i, "thu", "thứ") && words[Math.Max(0, i - 3)..i].Any(w => w is "dung" or "xep" or "dat" or "hang"));
            if (ranked && ((Is(i + 1, "may", "mấy") && !Is(i + 2, "lan", "lần")) || (Is(i + 1, "bao", "bao") && Is(i + 2, "nhieu", "nhiêu"))))
            {
                return FigureKind.Rank;
            }

            // "bao lâu", not "bao lâu nay" (for a long time now); "bao lâu (phải đổi) một lần" asks how often.
            if (Is(i, "bao", "bao") && Is(i + 1, "lau", "lâu") && !Is(i + 2, "nay", "nay"))
            {
                return OnceAfter(i + 2) ? FigureKind.Frequency : FigureKind.Duration;
            }

            // "bao nhiêu" or "mấy" before what is counted: "bao nhiêu ngày", "mấy phần trăm", "bao nhiêu tiền".
            var howMany = Is(i, "bao", "bao") && Is(i + 1, "nhieu", "nhiêu");
            var count = howMany ? i + 2 : Is(i, "may", "mấy") ? i + 1 : -1;
            if (count < 0)
            {
                continue;
            }

            if (Is(count, "phan", "phần") && Is(count + 1, "tram", "trăm"))
            {
                return FigureKind.Share;
            }

            // "mấy lần một tuần", "bao nhiêu lần mỗi tháng", "1 tuần phát bao nhiêu lần": how often.
            if (Is(count, "lan", "lần") && (IsAny(count + 2, TimeUnits) || (i >= 2 && IsAny(i - 2, TimeUnits)) || (i >= 3 && IsAny(i - 3, TimeUnits))))
            {
                return FigureKind.Frequency;
            }

            // "mấy triệu", "bao nhiêu tỷ", "bao nhiêu nghìn", "mấy trăm nghìn": an amount of money.
            if (Is(count, "trieu", "triệu") || Is(count, "ty", "tỷ") || Is(count, "nghin", "nghìn") || Is(count, "ngan", "ngàn") || (Is(count, "tram", "trăm") && Is(count + 1, "nghin", "nghìn")))
            {
                return FigureKind.Money;
            }

            // "lúc mấy h": the time of day.
            if (!howMany && Is(count, "h", "h"))
            {
                return FigureKind.ClockTime;
            }

            // "mấy ngày", "bao nhiêu tháng"; not "mấy ngày nào", nor a time told ("mấy ngày nay", "mấy hôm trước", "con mới
            // sinh được mấy ngày", "đợi mấy ngày rồi", "đã mấy tháng", "mấy năm chưa cập nhật", though not "sau mấy ngày chưa
            // có kết quả thì…" nor "bao nhiêu năm chưa đổi"); "mấy năm phải đổi một lần" asks how often.
            if (IsAny(count, TimeUnits) && !(count + 1 < words.Length && words[count + 1] is "nao" or "gi" or "nay" or "qua" or "truoc" or "lien" or "roi")
                && !(!howMany && count + 1 < words.Length && words[count + 1] == "chua" && !words.Skip(count + 2).Contains("thi"))
                && !(!howMany && i > 0 && words[i - 1] is "duoc" or "moi" or "da"))
            {
                if (OnceAfter(count + 1))
                {
                    return FigureKind.Frequency;
                }

                // "mấy giờ" asks the time of day; "bao nhiêu giờ", "mấy tiếng", "mất mấy giờ", "mấy giờ đồng hồ" how long.
                var hourOfDay = !howMany && Is(count, "gio", "giờ") && !(i > 0 && words[i - 1] is "mat" or "het" or "vong")
                    && !(Is(count + 1, "dong", "đồng") && Is(count + 2, "ho", "hồ"));
                return hourOfDay ? FigureKind.ClockTime : FigureKind.Duration;
            }

            if (Is(count, "tien", "tiền") || Is(count, "dong", "đồng"))
            {
                return FigureKind.Money;
            }

            // A question ending on "bao nhiêu" ("… một tháng", "… vậy ạ" aside) asks an amount when it names what is priced:
            // "phí bao nhiêu", "lệ phí hết bao nhiêu vậy", "bị phạt bao nhiêu", "tiền mai táng phí được nhận bao nhiêu";
            // not "phí … bao nhiêu người", nor "năm bao nhiêu" (which year).
            if (howMany && EndsAfter(words, count) && !(i > 0 && words[i - 1] is "nam" or "ngay" or "so" or "lan" or "tuoi" or "thang")
                && Enumerable.Range(0, words.Length).Any(w => IsMoneyWord(tokens, w)))
            {
                return FigureKind.Money;
            }
        }

        return FigureKind.None;

        // "… (phải đổi) 1 lần", "… một lần" within a few words from <paramref name="from"/>: how often.
        bool OnceAfter(int from)
        {
            for (var j = from; j < Math.Min(words.Length - 1, from + OnceWithin); j++)
            {
                if ((Is(j, "mot", "một") || Is(j, "1", "1")) && Is(j + 1, "lan", "lần"))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The people or places a question counts ("bao nhiêu người", "bao nhiêu xã", "có bao nhiêu đoàn viên"), as typed, with
    /// the word after when it names them further ("người dân"); null when it counts none. Figures of that kind are what
    /// items rarely state, while "bao nhiêu kênh", "bao nhiêu cách" are answered by an item listing them, in prose too; and
    /// "mấy" is as often a plural ("mấy tin nhắn lạ") as a count.
    /// </summary>
    public static IReadOnlyList<Token>? CountedIn(IReadOnlyList<Token> tokens, string text)
    {
        if (Of(tokens, text) != FigureKind.None || text.Contains('%', StringComparison.Ordinal))
        {
            return null;
        }

        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var counted = tokens[i + 2];
            if (tokens[i].Is("bao", "bao") && tokens[i + 1].Is("nhieu", "nhiêu")
                && CountedWords.TryGetValue(counted.Folded, out var spelled) && counted.Is(counted.Folded, spelled))
            {
                return i + 3 < tokens.Count && tokens[i + 3].Folded.Any(char.IsLetter) && !VietnameseTokenizer.IsStopWord(tokens[i + 3])
                    ? [counted, tokens[i + 3]]
                    : [counted];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="answer"/> states how many of the <paramref name="counted"/> words (one or two syllables) there
    /// are: a number, in digits or in words, before either, a word apart at most ("260 xã", "80% người dân", "hai nghìn đoàn
    /// viên"), or a list of them. Words typed without marks are read folded.
    /// </summary>
    public static bool IsCountStatedIn(IReadOnlyList<Token> counted, string answer) =>
        IsNumberStatedIn(counted, answer) || ListLine().Count(answer) >= 2;

    /// <summary>
    /// Whether <paramref name="answer"/> puts a number, in digits or in words, before either of the <paramref name="counted"/>
    /// words, a word apart at most ("ít nhất 12 ký tự", "260 xã", "hai nghìn đoàn viên"). Words typed without marks are read folded.
    /// </summary>
    public static bool IsNumberStatedIn(IReadOnlyList<Token> counted, string answer)
    {
        var text = answer.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var plain = counted.Any(t => !t.HasMarks);
        var words = string.Join('|', counted.Select(t => Regex.Escape(plain ? t.Folded : t.Spelled)));
        var numbers = plain ? NumberWordsFolded : NumberWordsSpelled;
        return Regex.IsMatch(plain ? VietnameseText.Fold(text) : text, $@"(?<![\p{{L}}\d])(\d[\d.,]*\s*%?|{numbers})\s+(\p{{L}}+\s+)?({words})(?!\p{{L}})");
    }

    /// <summary>
    /// What a question asks how many of, whatever it is: the word after "bao nhiêu" or "mấy" ("bn ký tự": "ký", "mấy tấm ảnh":
    /// "tấm"); null when it asks no such count. "May" typed without marks is "mấy" only when the word after it is the last word
    /// of content ("cần may ký tự"), as it is also "máy" ("may tinh bang co dung duoc ko").
    /// </summary>
    public static IReadOnlyList<Token>? UnitAsked(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var howMany = tokens[i].Is("bao", "bao") && i + 1 < tokens.Count && tokens[i + 1].Is("nhieu", "nhiêu");
            var count = howMany ? i + 2 : tokens[i].Is("may", "mấy") ? i + 1 : -1;
            if (count < 0 || count >= tokens.Count || !IsCounted(tokens[count])
                || (!howMany && !tokens[i].HasMarks && tokens.Skip(count + 1).Any(IsCounted)))
            {
                continue;
            }

            return [tokens[count]];
        }

        return null;

        static bool IsCounted(Token token) => token.Folded.All(char.IsLetter) && !VietnameseTokenizer.IsStopWord(token);
    }

    // A line of a list: "- …", "1. …".
    [GeneratedRegex(@"(^|\n)\s*(\d{1,2}[.)]|-)\s")]
    private static partial Regex ListLine();

    private const string NumberWordsSpelled = "một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|triệu";
    private const string NumberWordsFolded = "mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|trieu";

    // People and places counted ("bao nhiêu người", "bao nhiêu xã"), folded, with their spelling.
    private static readonly Dictionary<string, string> CountedWords = new(StringComparer.Ordinal)
    {
        ["nguoi"] = "người", ["xa"] = "xã", ["phuong"] = "phường", ["huyen"] = "huyện", ["tinh"] = "tỉnh", ["thon"] = "thôn", ["ap"] = "ấp",
        ["ho"] = "hộ", ["doan"] = "đoàn", ["hoi"] = "hội", ["hoc"] = "học", ["can"] = "cán", ["cong"] = "công", ["thanh"] = "thành",
        ["luot"] = "lượt", ["dan"] = "dân", ["thu"] = "thủ", ["dich"] = "dịch",
    };

    // How many words after "bao lâu" or "mấy năm" may stand before the "một lần" of how often ("bao lâu phải đổi cccd 1 lần").
    private const int OnceWithin = 8;

    /// <summary>Whether <paramref name="answer"/> states a figure of the <paramref name="kind"/> asked (always, for none).</summary>
    public static bool IsStatedIn(FigureKind kind, string answer)
    {
        // Content is written with its marks: "bây giờ" is no "bảy giờ", "nằm" no "năm".
        var spelled = answer.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        return kind switch
        {
            FigureKind.Duration => Duration().IsMatch(spelled),
            FigureKind.Frequency => Duration().IsMatch(spelled) || Frequency().IsMatch(spelled),
            FigureKind.ClockTime => ClockTime().IsMatch(spelled),
            FigureKind.Year => Year().IsMatch(spelled),
            FigureKind.Rank => Rank().IsMatch(spelled),
            FigureKind.Money => Money().IsMatch(spelled) || Free().IsMatch(spelled),
            FigureKind.Share => spelled.Contains('%', StringComparison.Ordinal) || spelled.Contains("phần trăm", StringComparison.Ordinal),
            _ => true,
        };
    }

    // Units of time, folded, with their spelling.
    private static readonly Dictionary<string, string> TimeUnits = new(StringComparer.Ordinal)
    {
        ["phut"] = "phút", ["gio"] = "giờ", ["tieng"] = "tiếng", ["ngay"] = "ngày", ["hom"] = "hôm", ["tuan"] = "tuần", ["thang"] = "tháng", ["nam"] = "năm",
    };

    // Words naming what is paid, folded, with their spelling; typed without marks, not when part of a word that is no price.
    private static readonly Dictionary<string, string> MoneyWords = new(StringComparer.Ordinal)
    {
        ["phi"] = "phí", ["tien"] = "tiền", ["gia"] = "giá", ["phat"] = "phạt", ["ton"] = "tốn",
    };

    // "quốc gia", "tham gia", "gia đình", "phát triển", "phát động", "ưu tiên", "tiện ích", "phương tiện", "tiến hành",
    // "phi lợi nhuận": typed without marks these hold a money word that names no price.
    private static readonly HashSet<string> NotMoney =
    [
        "quoc_gia", "tham_gia", "gia_dinh", "gia_tri", "chuyen_gia", "gia_han", "phat_trien", "phat_dong", "phat_hanh", "phat_thanh",
        "phat_song", "phat_hien", "phat_sinh", "uu_tien", "tien_ich", "phuong_tien", "tien_hanh", "tien_do", "tien_loi", "truoc_tien",
        "tien_tien", "phi_loi", "danh_gia", "gia_mao",
    ];

    private static bool IsMoneyWord(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!MoneyWords.TryGetValue(token.Folded, out var spelled))
        {
            return false;
        }

        if (token.HasMarks)
        {
            return token.Spelled == spelled;
        }

        return !(i > 0 && NotMoney.Contains(tokens[i - 1].Folded + "_" + token.Folded))
            && !(i + 1 < tokens.Count && NotMoney.Contains(token.Folded + "_" + tokens[i + 1].Folded));
    }

    private static bool IsNumber(string word) => word.Length > 0 && word.All(char.IsDigit);

    // What may close a question after "bao nhiêu" without being what is counted: "… vậy ạ", "… chị ơi", "… một tháng".
    private static bool EndsAfter(string[] words, int from)
    {
        var rest = words.Skip(from).ToList();
        if (rest.Count >= 2 && rest[0] is "1" or "mot")
        {
            rest.RemoveRange(0, 2);
        }

        return rest.All(Particles.Contains);
    }

    private static readonly HashSet<string> Particles =
        ["vay", "a", "ha", "nhi", "roi", "the", "z", "v", "nhe", "nha", "ad", "admin", "day", "chu", "ta", "oi", "ban", "chi", "anh", "em"];

    [GeneratedRegex(@"\b(bao nhieu|bn|may)\s*%")]
    private static partial Regex PercentAsked();

    // A number, in digits or words, of a unit of time, not a date ("tháng 3", "năm 2024"); or at once.
    [GeneratedRegex(@"(\d+|(?<!\p{L})(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|lăm|mươi|vài|nửa|ít))\s*(phút|giờ|tiếng|ngày|tuần|tháng|năm)(?!\p{L})(?!\s*\d)|(?<!\p{L})(ngay lập tức|tức thì|trong ngày|ngay sau khi)(?!\p{L})")]
    private static partial Regex Duration();

    // How often: "1 lần/tuần", "mỗi tháng", "hằng tuần".
    [GeneratedRegex(@"(/\s*|(?<!\p{L})(mỗi|hằng|hàng) )(ngày|tuần|tháng|quý|năm)(?!\p{L})")]
    private static partial Regex Frequency();

    // A place in a ranking: "thứ 5", "top 20", "nhóm 20 tỉnh … đứng đầu", "dẫn đầu".
    [GeneratedRegex(@"(?<!\p{L})(thứ|hạng|top|nhóm)\s*\d+|(?<!\p{L})(đứng đầu|dẫn đầu|xếp thứ|xếp hạng \d)")]
    private static partial Regex Rank();

    // A year, alone or in a date ("năm 2022", "26/01/2022").
    [GeneratedRegex(@"(?<!\d)(194[5-9]|19[5-9]\d|20\d\d)(?!\d)")]
    private static partial Regex Year();

    // A time of day: "8 giờ", "7h30", "19:00".
    [GeneratedRegex(@"(?<!\d)\d{1,2}\s*(giờ|h)(?!\p{L})|(?<![\d/])\d{1,2}:\d{2}(?!\d)")]
    private static partial Regex ClockTime();

    // An amount: digits with a currency ("50.000 đồng", "2 triệu", "100k"), or a share of something ("0,5% giá trị").
    [GeneratedRegex(@"\d[\d.,]*\s*(?:(?:đ|đồng|vnđ|vnd|nghìn|ngàn|triệu|tỷ|tỉ|k)(?!\p{L})|%)")]
    private static partial Regex Money();

    // Nothing to pay is an amount too.
    [GeneratedRegex(@"(?<!\p{L})(miễn (lệ )?phí|không (mất|thu|tốn|phải trả|phải nộp) (lệ )?(phí|tiền))(?!\p{L})")]
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

    /// <summary>A length of time: an answer naming no hours, days or months does not say it.</summary>
    Duration,

    /// <summary>How often ("bao lâu một lần"): an answer naming neither how often nor a length of time does not say it.</summary>
    Frequency,

    /// <summary>A time of day ("mấy giờ"): an answer naming no hour does not say it.</summary>
    ClockTime,

    /// <summary>Which year ("năm nào", "năm bao nhiêu"): an answer naming no year does not say it.</summary>
    Year,

    /// <summary>A place in a ranking ("đứng thứ mấy", "top mấy"): an answer naming no place does not say it.</summary>
    Rank,
}
