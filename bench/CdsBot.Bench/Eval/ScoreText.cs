using System.Globalization;
using System.Text;

namespace CdsBot.Bench.Eval;

/// <summary>The scorer's (shared/eval/score) text folding: đ → d, diacritics dropped, lower case, whitespace collapsed.</summary>
internal static class ScoreText
{
    public static string Fold(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var bare = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                bare.Append(c);
            }
        }

        return string.Join(' ', bare.ToString().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Whether the scorer counts <paramref name="question"/> as written without diacritics.</summary>
    public static bool IsPlain(string question) => string.Equals(Fold(question), question.ToLowerInvariant(), StringComparison.Ordinal);
}
