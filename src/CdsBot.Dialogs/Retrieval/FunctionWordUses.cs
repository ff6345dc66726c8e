namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// How an index's content uses the words that fold to a function word beside each neighbour: as the function word
/// ("tại", "nha", "hỏi") or as another word ("tải", "nhà", "hội"). A question typed without diacritics means such a
/// word as the content mostly does beside the same neighbour ("tai ho so" is "tải hồ sơ" where the content says
/// so); beside a neighbour the content never pairs it with, it stays a function word ("tai sao" is "tại sao" even
/// where the content speaks of "tải" far more often than of "tại").
/// </summary>
internal sealed class FunctionWordUses
{
    private const double MeantShare = 0.5;

    private readonly Dictionary<string, (int Content, int Function)> _paired = new(StringComparer.Ordinal);

    /// <summary>Counts the uses in one text of the content (a phrasing, an answer), already analyzed.</summary>
    public void Add(IReadOnlyList<Token> tokens)
    {
        // In a text written with marks an unmarked word is spelled so; in one written without, it could be either.
        var marked = VietnameseTokenizer.IsWrittenWithMarks(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!VietnameseTokenizer.IsStopWord(token.Folded))
            {
                continue;
            }

            var function = VietnameseTokenizer.IsStopWord(token, asSpelled: true);
            if (!function && !token.HasMarks && !marked)
            {
                continue;
            }

            if (i > 0)
            {
                Count(_paired, PairKey(tokens[i - 1].Folded, token.Folded, ofSecond: true), function);
            }

            if (i + 1 < tokens.Count)
            {
                Count(_paired, PairKey(token.Folded, tokens[i + 1].Folded, ofSecond: false), function);
            }
        }
    }

    /// <summary>The folded words of <paramref name="question"/> that it means as content words, not as function words.</summary>
    public IReadOnlySet<string> MeantIn(IReadOnlyList<Token> question)
    {
        var meant = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < question.Count; i++)
        {
            var word = question[i].Folded;
            if (question[i].HasMarks || !VietnameseTokenizer.IsStopWord(word))
            {
                continue;
            }

            var (content, function) = (0, 0);
            if (i > 0 && _paired.TryGetValue(PairKey(question[i - 1].Folded, word, ofSecond: true), out var before))
            {
                (content, function) = (content + before.Content, function + before.Function);
            }

            if (i + 1 < question.Count && _paired.TryGetValue(PairKey(word, question[i + 1].Folded, ofSecond: false), out var after))
            {
                (content, function) = (content + after.Content, function + after.Function);
            }

            if (content > 0 && content >= MeantShare * (content + function))
            {
                meant.Add(word);
            }
        }

        return meant;
    }

    private static void Count(Dictionary<string, (int Content, int Function)> uses, string key, bool function)
    {
        var (content, functions) = uses.GetValueOrDefault(key);
        uses[key] = function ? (content, functions + 1) : (content + 1, functions);
    }

    // Which word of the pair is the function word matters: "nha o" says "nhà" of "nha" and "ở" of "o".
    private static string PairKey(string first, string second, bool ofSecond) => ofSecond ? $"{first}_{second}/2" : $"{first}_{second}/1";
}
