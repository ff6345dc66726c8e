using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// Whether a question asks how far something has come ("Bến Tre hiện đã có bao nhiêu phần trăm dịch vụ công đạt mức độ 4
/// rồi", "Thái Bình đến nay có bao nhiêu xã đạt chuẩn rồi"), which an answer stating only what a plan aims at does not say.
/// </summary>
public static class AskedProgress
{
    /// <summary>
    /// Whether <paramref name="tokens"/> ask a number ("bao nhiêu", "mấy") of what has been reached: "rồi" after it, or
    /// "đến nay", "hiện nay", "hiện đã", "đã đạt", "đạt được" anywhere. Not how long it takes ("nộp rồi thì bao lâu").
    /// </summary>
    public static bool In(IReadOnlyList<Token> tokens)
    {
        var number = -1;
        for (var i = 0; i < tokens.Count && number < 0; i++)
        {
            if ((tokens[i].Is("bao", "bao") && i + 1 < tokens.Count && tokens[i + 1].Is("nhieu", "nhiêu")) || tokens[i].Spelled == "mấy")
            {
                number = i;
            }
        }

        if (number < 0 || tokens.Skip(number).Any(t => t.Folded is "lau" or "gio" or "ngay" or "thang" or "tuan" or "lan"))
        {
            return false;
        }

        bool Pair(int i, string first, string firstSpelled, string second, string secondSpelled) =>
            i + 1 < tokens.Count && tokens[i].Is(first, firstSpelled) && tokens[i + 1].Is(second, secondSpelled);
        return tokens.Skip(number + 2).Any(t => t.Is("roi", "rồi"))
            || Enumerable.Range(0, tokens.Count).Any(i => Pair(i, "den", "đến", "nay", "nay") || Pair(i, "hien", "hiện", "nay", "nay")
                || Pair(i, "hien", "hiện", "da", "đã") || Pair(i, "da", "đã", "dat", "đạt") || Pair(i, "dat", "đạt", "duoc", "được"));
    }

    /// <summary>
    /// Whether <paramref name="answer"/> states only what is aimed at ("mục tiêu", "phấn đấu", "chỉ tiêu", "yêu cầu", "kế
    /// hoạch", "tối thiểu") and nothing reached ("đã đạt", "đạt được", "hiện có", "đến nay", "đã có").
    /// </summary>
    public static bool OnlyTargetsIn(string answer)
    {
        IReadOnlyList<string> words = [.. VietnameseTokenizer.Analyze(answer).Select(t => t.Folded)];
        return Targets.Any(p => TextAnalyzer.Contains(words, p)) && !Reached.Any(p => TextAnalyzer.Contains(words, p));
    }

    // Folded, two words each.
    private static readonly string[][] Targets = [["muc", "tieu"], ["phan", "dau"], ["chi", "tieu"], ["yeu", "cau"], ["ke", "hoach"], ["toi", "thieu"]];

    private static readonly string[][] Reached = [["da", "dat"], ["dat", "duoc"], ["hien", "co"], ["den", "nay"], ["da", "co"], ["hien", "nay"]];
}
