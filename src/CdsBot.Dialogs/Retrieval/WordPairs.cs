namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// The pairs of neighbouring words of a text in which at least one is a content word ("doanh_nghiep",
/// "nghiep_vien", "vien_thong"), folded and joined by "_" as the indexes hold them: a phrase of the question found
/// as written says more than its syllables scattered ("thông" of "truyền thông" is not "viễn thông").
/// </summary>
public static class WordPairs
{
    /// <summary>The distinct pairs of neighbouring words of an analyzed text, not both function words.</summary>
    public static IReadOnlySet<string> Of(IReadOnlyList<Token> text)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Count; i++)
        {
            if (!VietnameseTokenizer.IsStopWord(text[i]) || !VietnameseTokenizer.IsStopWord(text[i + 1]))
            {
                pairs.Add($"{text[i].Folded}_{text[i + 1].Folded}");
            }
        }

        return pairs;
    }
}
