using System.Globalization;
using System.Text;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// Vietnamese text normalization: Unicode NFC, lower case, one tone-mark placement ("hoà" and "hòa" agree),
/// and diacritic folding (including đ → d) for matching text typed without accents.
/// </summary>
public static class VietnameseText
{
    private const char Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309', DotBelow = '\u0323';
    private const char Breve = '\u0306', Circumflex = '\u0302', Horn = '\u031B';

    /// <summary>NFC, lower case, canonical tone placement, single spaces.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var result = new StringBuilder(decomposed.Length);
        var word = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (char.IsLetter(c) || IsMark(c))
            {
                word.Append(c);
                continue;
            }

            FlushWord(word, result);
            if (char.IsWhiteSpace(c))
            {
                if (result.Length > 0 && result[^1] != ' ')
                {
                    result.Append(' ');
                }
            }
            else
            {
                result.Append(c);
            }
        }

        FlushWord(word, result);
        return result.ToString().Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Normalizes and then strips every diacritic: "Nghị quyết Đảng" → "nghi quyet dang".</summary>
    public static string Fold(string text)
    {
        var decomposed = Normalize(text).Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (IsMark(c))
            {
                continue;
            }

            result.Append(c == 'đ' ? 'd' : c);
        }

        return result.ToString();
    }

    /// <summary>
    /// <see cref="Normalize"/> without the marks NFC could not join to a letter, so that every character of the
    /// result folds to exactly one character (<see cref="FoldLetters"/>) and positions agree between the two.
    /// </summary>
    public static string NormalizeLetters(string text)
    {
        var normalized = Normalize(text);
        return normalized.Any(IsMark) ? string.Concat(normalized.Where(c => !IsMark(c))) : normalized;
    }

    /// <summary>Folds a <see cref="NormalizeLetters"/> result character by character: same length, same positions.</summary>
    public static string FoldLetters(string normalized) =>
        string.Create(normalized.Length, normalized, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldLetter(source[i]);
            }
        });

    private static char FoldLetter(char c) => c < FoldTable.Length ? FoldTable[c] : c;

    /// <summary>Every Latin letter up to U+1EFF (Vietnamese letters included) to its letter without marks.</summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[0x1F00];
        for (var c = 0; c < table.Length; c++)
        {
            var letter = (char)c;
            var decomposed = char.IsSurrogate(letter) ? "" : letter.ToString().Normalize(NormalizationForm.FormD);
            table[c] = letter is 'đ' or 'Đ' ? 'd'
                : c >= 128 && decomposed.Length > 0 && !IsMark(decomposed[0]) ? decomposed[0]
                : letter;
        }

        return table;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsTone(char c) => c is Grave or Acute or Tilde or Hook or DotBelow;

    private static bool IsShape(char c) => c is Breve or Circumflex or Horn;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void FlushWord(StringBuilder word, StringBuilder output)
    {
        if (word.Length > 0)
        {
            output.Append(PlaceTone(word.ToString()));
            word.Clear();
        }
    }

    /// <summary>
    /// Moves a syllable's tone mark to one canonical vowel, the traditional placement (hòa, thúy, quý, giữa),
    /// so texts typed with either convention compare equal. Input is NFD, lower case.
    /// </summary>
    private static string PlaceTone(string syllable)
    {
        var letters = new List<(char Base, string Shape)>();
        char? tone = null;
        foreach (var c in syllable)
        {
            if (IsTone(c))
            {
                tone ??= c;
            }
            else if (IsMark(c) && letters.Count > 0)
            {
                letters[^1] = (letters[^1].Base, letters[^1].Shape + c);
            }
            else if (!IsMark(c))
            {
                letters.Add((c, ""));
            }
        }

        if (tone is null)
        {
            return syllable;
        }

        var target = ToneIndex(letters);
        var output = new StringBuilder(syllable.Length);
        for (var i = 0; i < letters.Count; i++)
        {
            output.Append(letters[i].Base).Append(letters[i].Shape);
            if (i == target)
            {
                output.Append(tone.Value);
            }
        }

        return output.ToString();
    }

    private static int ToneIndex(List<(char Base, string Shape)> letters)
    {
        var start = 0;
        while (start < letters.Count && !IsVowel(letters[start].Base))
        {
            start++;
        }

        if (start >= letters.Count)
        {
            return letters.Count - 1;
        }

        // "qu" and "gi" + vowel: the u / i belongs to the initial consonant.
        var isQu = start > 0 && letters[start - 1].Base == 'q' && letters[start].Base == 'u';
        var isGi = start > 0 && letters[start - 1].Base == 'g' && letters[start].Base == 'i' && letters[start].Shape.Length == 0;
        if ((isQu || isGi) && start + 1 < letters.Count && IsVowel(letters[start + 1].Base))
        {
            start++;
        }

        var end = start;
        while (end < letters.Count && IsVowel(letters[end].Base))
        {
            end++;
        }

        var length = end - start;
        for (var i = end - 1; i >= start; i--)
        {
            if (letters[i].Shape.Any(IsShape))
            {
                return i;
            }
        }

        var hasFinalConsonant = end < letters.Count;
        return length switch
        {
            1 => start,
            _ when hasFinalConsonant => end - 1,
            2 => start,
            _ => start + 1,
        };
    }
}
