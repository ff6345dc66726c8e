using System.Text.RegularExpressions;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// Splits text into folded search terms. Document numbers stay whole ("57-NQ/TW" → "57-nq/tw"), everything
/// else splits into syllables; <see cref="Terms"/> also drops function words and adds syllable bigrams,
/// since most Vietnamese words are two syllables ("chuyển đổi", "đổi số").
/// </summary>
public static partial class VietnameseTokenizer
{
    private static readonly HashSet<string> StopWords =
    [
        "la", "gi", "cua", "va", "cac", "nhung", "thi", "ma", "o", "tai", "voi", "cho", "de", "the", "nay",
        "do", "ay", "a", "ah", "oi", "nhe", "vay", "ad", "admin", "minh", "toi", "em", "anh", "chi", "hoi", "xin",
        "giup", "biet", "muon", "co", "duoc", "dc", "sao", "vi", "mot", "nhu", "tu", "ve",
        "trong", "den", "se", "da", "dang", "phai", "hay", "roi", "nhi", "ha", "u", "nha", "cung",
        "nen", "bang", "thuc", "hien", "hon", "ra", "vao", "len", "nguoi", "may", "bi",
        "chao", "alo", "hi", "hello", "ak", "nhi", "vay", "ban", "oi", "tren",

        // Letters typed for a word in a chat: "v"/"z" (vậy), "e" (em), "t" (tôi), "m" (mình), "h" (giờ). Not "y" (y tế),
        // nor "c", "b" ("C/O", "hạng B2"); "j", "k" and "r" are read by the shorthand table.
        "v", "z", "e", "t", "m", "h",
    ];

    // The same function words as written with their diacritics: a word typed with marks is a function word only
    // when it is spelled like one ("thì" is, "thị" in "hiển thị" is not).
    private static readonly HashSet<string> SpelledStopWords =
    [
        "là", "gì", "của", "và", "các", "những", "nhưng", "thì", "mà", "ở", "tại", "với", "cho", "để", "thế", "này",
        "do", "đó", "ấy", "à", "ạ", "ơi", "nhé", "vậy", "mình", "tôi", "em", "anh", "chị", "hỏi", "xin", "giúp", "biết",
        "muốn", "có", "được", "sao", "vì", "một", "như", "từ", "về", "trong", "đến", "sẽ", "đã", "đang",
        "phải", "hay", "rồi", "nhỉ", "hả", "ừ", "nha", "cũng", "nên", "bằng", "thực", "hiện", "hơn", "ra",
        "vào", "lên", "người", "mấy", "chào", "bạn", "ơi", "trên", "v", "z", "e", "t", "m", "h",

        // Words that have no marks however carefully they are typed: "ad" in "chuyển đổi số là gì ad" is the admin
        // addressed, not a subject.
        "ad", "admin", "ah", "ak", "alo", "hi", "hello",

        // The classifier of everyday speech ("cái app", "cái vụ", "là cái gì"); typed without marks "cai" may be "cài".
        "cái",

        // "it" ("chuyển đổi số nó là cái gì"); typed without marks "no" may be "nợ".
        "nó",
    ];

    /// <summary>Folded syllables and whole document numbers, in order, function words included.</summary>
    public static IReadOnlyList<string> Tokens(string text) => [.. Analyze(text).Select(t => t.Folded)];

    /// <summary>The words of <paramref name="text"/> in order, each folded and as spelled; document numbers whole.</summary>
    public static IReadOnlyList<Token> Analyze(string text)
    {
        var spelled = VietnameseText.NormalizeLetters(text);
        var folded = VietnameseText.FoldLetters(spelled);
        var tokens = new List<Token>();
        var last = 0;
        foreach (Match match in DocumentNumber().Matches(folded))
        {
            AddWords(folded, spelled, last, match.Index, tokens);
            tokens.Add(Token.Plain(CanonicalNumber(match.Value)));
            last = match.Index + match.Length;
        }

        AddWords(folded, spelled, last, folded.Length, tokens);
        return WithDatesAsWritten(tokens);
    }

    /// <summary>
    /// A date reads the same written out or with a slash: "tháng" between a day and a month is dropped, so
    /// "ngày 10 tháng 10" and "ngày 10/10" are both "ngày 10 10". It is a date when "ngày", "hôm" or "mùng" comes
    /// before the day or a year after the month; "3 tháng 1 lần" (every three months) is not.
    /// </summary>
    private static List<Token> WithDatesAsWritten(List<Token> tokens)
    {
        for (var i = tokens.Count - 2; i >= 1; i--)
        {
            if (tokens[i].Folded == "thang" && tokens[i].Spelled is "tháng" or "thang"
                && IsNumberUpTo(tokens[i - 1].Folded, 31) && IsNumberUpTo(tokens[i + 1].Folded, 12)
                && ((i >= 2 && tokens[i - 2].Folded is "ngay" or "hom" or "mung" or "mong") || IsYearAfterMonth(tokens, i + 2)))
            {
                tokens.RemoveAt(i);
            }
        }

        return tokens;
    }

    // "… tháng 10 năm 2022" or "… tháng 10 2022"; not "6 tháng 1 năm" (a year's half).
    private static bool IsYearAfterMonth(List<Token> tokens, int at) =>
        at < tokens.Count && (IsYear(tokens[at].Folded) || (tokens[at].Folded == "nam" && at + 1 < tokens.Count && IsYear(tokens[at + 1].Folded)));

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsDigit);

    /// <summary>The year a folded word names (four digits, 1945 to 2100), or null.</summary>
    public static int? YearOf(string word) =>
        word.Length == 4 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is >= 1945 and <= 2100 ? year : null;

    private static bool IsNumberUpTo(string word, int max) =>
        word.Length <= 2 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max;

    /// <summary>Whether the folded word <paramref name="token"/> is a function word that carries no topic.</summary>
    public static bool IsStopWord(string token) => StopWords.Contains(token);

    /// <summary>
    /// Whether <paramref name="token"/> is a function word: by its spelling when it has diacritics or its text was
    /// written with them (<paramref name="asSpelled"/>), else folded ("may" may be "mấy" when nothing has marks).
    /// </summary>
    public static bool IsStopWord(Token token, bool asSpelled = false) =>
        token.HasMarks || asSpelled ? SpelledStopWords.Contains(token.Spelled) : StopWords.Contains(token.Folded);

    /// <summary>
    /// Whether a text was written with diacritics: at least half of its words of letters carry marks. Its unmarked
    /// words are then meant as spelled ("chung" in "Dùng chung máy" is not "chứng"), not merely typed without marks.
    /// </summary>
    public static bool IsWrittenWithMarks(IReadOnlyList<Token> tokens)
    {
        int words = 0, marked = 0;
        foreach (var token in tokens)
        {
            if (token.Folded.All(char.IsLetter))
            {
                words++;
                marked += token.HasMarks ? 1 : 0;
            }
        }

        return words > 0 && marked * 2 >= words;
    }

    /// <summary>Content terms (no function words) followed by the bigrams of adjacent syllables.</summary>
    public static IReadOnlyList<string> Terms(IReadOnlyList<string> tokens)
    {
        var terms = new List<string>(tokens.Count * 2);
        terms.AddRange(tokens.Where(t => !IsStopWord(t)));
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IsStopWord(tokens[i]) || !IsStopWord(tokens[i + 1]))
            {
                terms.Add(tokens[i] + "_" + tokens[i + 1]);
            }
        }

        return terms;
    }

    /// <summary>Whether a term is a bigram made by <see cref="Terms"/>.</summary>
    public static bool IsBigram(string term) => term.Contains('_', StringComparison.Ordinal);

    /// <summary>A document number in one spelling: folded, no spaces ("749 / QĐ-TTg" → "749/qd-ttg").</summary>
    public static string CanonicalNumber(string number) =>
        string.Concat(VietnameseText.Fold(number).Where(c => !char.IsWhiteSpace(c)));

    private static void AddWords(string folded, string spelled, int from, int to, List<Token> tokens)
    {
        var start = -1;
        for (var i = from; i <= to; i++)
        {
            var inWord = i < to && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                AddWord(folded, spelled, start, i, tokens);
                start = -1;
            }
        }
    }

    /// <summary>Splits letters glued to a following number ("nq57" → "nq", "57"); "4g" and "2fa" stay whole.</summary>
    private static void AddWord(string folded, string spelled, int start, int end, List<Token> tokens)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (char.IsLetter(folded[i - 1]) && char.IsDigit(folded[i]))
            {
                tokens.Add(Make(start, i));
                AddWord(folded, spelled, i, end, tokens);
                return;
            }
        }

        tokens.Add(Make(start, end));

        Token Make(int from, int to)
        {
            var plain = folded[from..to];
            var written = spelled[from..to];
            return written == plain ? Token.Plain(plain) : new Token(plain, written);
        }
    }

    // "57-nq/tw", "749/qd-ttg", "63/2024/nd-cp", "01-kh/bcdtw", "63 -kh/btgtu", "96/kh-ubnd"
    [GeneratedRegex(@"\b\d{1,5}(?:/\d{4})?\s?[-/]\s?[a-z]{1,6}(?:\s?[-/]\s?[a-z]{1,10}){1,3}\b")]
    private static partial Regex DocumentNumber();
}
