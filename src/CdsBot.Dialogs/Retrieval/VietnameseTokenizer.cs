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
        "la", "gi", "cua", "va", "cac", "nhung", "thi", "ma", "o", "tai", "voi", "cho", "de", "nao", "the", "nay",
        "do", "ay", "a", "ah", "oi", "nhe", "vay", "ad", "admin", "minh", "toi", "em", "anh", "chi", "hoi", "xin",
        "giup", "biet", "muon", "co", "khong", "ko", "k", "duoc", "dc", "sao", "vi", "mot", "nhu", "tu", "ve",
        "trong", "den", "khi", "se", "da", "dang", "phai", "can", "hay", "roi", "nhi", "ha", "u", "nha", "cung",
        "nen", "ai", "bang", "thuc", "hien", "hon", "ra", "vao", "len", "nguoi", "dau", "may", "bi",
        "chao", "alo", "hi", "hello", "ak", "nhi", "vay", "ban", "oi", "lam", "tren",
    ];

    /// <summary>Folded syllables and whole document numbers, in order, function words included.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var folded = VietnameseText.Fold(text);
        var tokens = new List<string>();
        var last = 0;
        foreach (Match match in DocumentNumber().Matches(folded))
        {
            AddWords(folded.AsSpan(last, match.Index - last), tokens);
            tokens.Add(CanonicalNumber(match.Value));
            last = match.Index + match.Length;
        }

        AddWords(folded.AsSpan(last), tokens);
        return tokens;
    }

    /// <summary>Whether <paramref name="token"/> is a function word that carries no topic.</summary>
    public static bool IsStopWord(string token) => StopWords.Contains(token);

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

    private static void AddWords(ReadOnlySpan<char> text, List<string> tokens)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                AddWord(text[start..i], tokens);
                start = -1;
            }
        }
    }

    /// <summary>Splits letters glued to a following number ("nq57" → "nq", "57"); "4g" and "2fa" stay whole.</summary>
    private static void AddWord(ReadOnlySpan<char> word, List<string> tokens)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsLetter(word[i - 1]) && char.IsDigit(word[i]))
            {
                tokens.Add(word[..i].ToString());
                AddWord(word[i..], tokens);
                return;
            }
        }

        tokens.Add(word.ToString());
    }

    // "57-nq/tw", "749/qd-ttg", "63/2024/nd-cp", "01-kh/bcdtw", "63 -kh/btgtu", "96/kh-ubnd"
    [GeneratedRegex(@"\b\d{1,5}(?:/\d{4})?\s?[-/]\s?[a-z]{1,6}(?:\s?[-/]\s?[a-z]{1,10}){1,3}\b")]
    private static partial Regex DocumentNumber();
}
