namespace CdsBot.Channels;

/// <summary>Splits a long reply into messages a channel accepts, breaking between paragraphs, then sentences, then words.</summary>
public static class TextSplitter
{
    public static IEnumerable<string> Split(string text, int max)
    {
        var rest = text;
        while (rest.Length > max)
        {
            var cut = LastBreak(rest, max, "\n\n") ?? LastBreak(rest, max, "\n") ?? LastBreak(rest, max, ". ") ?? LastBreak(rest, max, " ") ?? max;
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static int? LastBreak(string text, int max, string separator)
    {
        var at = text.LastIndexOf(separator, max - 1, StringComparison.Ordinal);
        return at > max / 4 ? at + separator.TrimEnd().Length : null;
    }
}
