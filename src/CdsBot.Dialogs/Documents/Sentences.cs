namespace CdsBot.Dialogs.Documents;

/// <summary>Splits a paragraph into sentences, and a sentence too long for one passage into pieces.</summary>
internal static class Sentences
{
    private const string Closing = "\"”’)]";

    /// <summary>
    /// The sentences of <paramref name="text"/>: a sentence ends at ".", "!", "?" or "…" (and any closing quote or
    /// bracket) followed by a space and a capital, digit, quote or bullet, except after a short abbreviation written
    /// in capitals ("TP.", "KT.", "TS.").
    /// </summary>
    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && Closing.Contains(text[end], StringComparison.Ordinal))
            {
                end++;
            }

            var next = end;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (next == end || next >= text.Length || !StartsSentence(text[next]) || (text[i] == '.' && AfterAbbreviation(text, i)))
            {
                continue;
            }

            sentences.Add(text[start..end].Trim());
            start = next;
            i = next - 1;
        }

        if (start < text.Length && text[start..].Trim() is { Length: > 0 } last)
        {
            sentences.Add(last);
        }

        return sentences;
    }

    /// <summary>
    /// Pieces of at most <paramref name="limit"/> characters. Only a single sentence longer than a passage is cut
    /// (a list of documents joined by semicolons can run to a page): at its last semicolon before the limit, else its
    /// last comma, else its last space, so every piece still ends between words; a piece is never shorter than a third
    /// of the limit when a later break exists.
    /// </summary>
    public static List<string> Cut(string sentence, int limit)
    {
        var pieces = new List<string>();
        var rest = sentence;
        while (rest.Length > limit)
        {
            var at = LastBreak(rest, limit, "; ") ?? LastBreak(rest, limit, ", ") ?? LastBreak(rest, limit, " ") ?? limit;
            pieces.Add(rest[..at].TrimEnd());
            rest = rest[at..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    /// <summary>The position just after the last <paramref name="separator"/>'s mark that keeps the piece within the limit.</summary>
    private static int? LastBreak(string text, int limit, string separator)
    {
        var keep = separator.TrimEnd().Length;
        var at = text.LastIndexOf(separator, limit - keep, StringComparison.Ordinal);
        return at >= limit / 3 ? at + keep : null;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '(' or '-' or '+' or '•';

    /// <summary>Whether the word before the full stop at <paramref name="dot"/> is an abbreviation such as "TP" or "KT".</summary>
    private static bool AfterAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..dot];
        return word.Length is > 0 and <= 3 && word.All(char.IsUpper) && (start == 0 || !char.IsLetterOrDigit(text[start - 1]));
    }
}
