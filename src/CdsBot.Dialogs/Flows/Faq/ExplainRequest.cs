using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// Whether a message asks for the last answer again, said plainly: "là sao", "nghĩa là gì", "nói dễ hiểu giùm cô",
/// "giải thích lại đi", "em chưa hiểu", "nói rõ hơn được không", naming nothing else ("chữ ký số là sao" asks of a subject
/// of its own, "em hiểu rồi" acknowledges). Read from analyzed words, so shorthand and text without diacritics read the
/// same; a word typed with its marks counts only as spelled.
/// </summary>
public static class ExplainRequest
{
    /// <summary>Whether <paramref name="tokens"/> ask the last answer to be explained, and ask nothing else.</summary>
    public static bool Asks(IReadOnlyList<Token> tokens)
    {
        bool Is(int i, string folded, string spelled) => i >= 0 && i < tokens.Count && tokens[i].Is(folded, spelled);
        var asking = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            // "là sao", "là gì", "nghĩa là gì", "ý là sao", "tức là sao"; "dễ hiểu", "giải thích"; "chưa hiểu", "không hiểu"
            // (not "hiểu rồi"); "nói rõ", "nói lại", "nói cụ thể", "nhắc lại". The synonyms read several as "là gì".
            asking |= (Is(i, "la", "là") && (Is(i + 1, "sao", "sao") || Is(i + 1, "gi", "gì")))
                || ((Is(i, "nghia", "nghĩa") || Is(i, "y", "ý") || Is(i, "tuc", "tức")) && Is(i + 1, "la", "là") && (Is(i + 2, "gi", "gì") || Is(i + 2, "sao", "sao")))
                || (Is(i, "de", "dễ") && Is(i + 1, "hieu", "hiểu"))
                || (Is(i, "giai", "giải") && Is(i + 1, "thich", "thích"))
                || ((Is(i, "chua", "chưa") || Is(i, "khong", "không")) && Is(i + 1, "hieu", "hiểu"))
                || (Is(i, "noi", "nói") && (Is(i + 1, "ro", "rõ") || Is(i + 1, "lai", "lại") || (Is(i + 1, "cu", "cụ") && Is(i + 2, "the", "thể"))))
                || (Is(i, "nhac", "nhắc") && Is(i + 1, "lai", "lại"));
        }

        return asking && tokens.All(t => VietnameseTokenizer.IsStopWord(t) || Asking.Contains(t.Folded));
    }

    // The words of asking it, and what stands around them ("giùm cô", "thêm chút nữa", "cái đó"), folded.
    private static readonly HashSet<string> Asking =
    [
        "la", "sao", "gi", "nghia", "y", "tuc", "de", "hieu", "giai", "thich", "chua", "khong", "noi", "ro", "lai", "cu", "the", "nhac",
        "gium", "dum", "giup", "cho", "voi", "di", "duoc", "ko", "k", "chut", "xiu", "them", "nua", "ti", "cai", "do", "nay", "day", "het",
        "co", "chu", "bac", "ong", "ba", "cau", "con", "chau", "tui", "ne", "nhe", "nha", "xem", "lam", "vay", "the", "kia",
    ];
}
