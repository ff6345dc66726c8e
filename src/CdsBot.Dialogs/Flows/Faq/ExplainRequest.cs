using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// Whether a message asks for the last answer again, said plainly: "là sao", "nghĩa là gì", "nói dễ hiểu giùm cô",
/// "giải thích lại đi", "em chưa hiểu", "nói rõ hơn được không", naming nothing else ("chữ ký số là sao", "thẻ đó là sao"
/// ask of a subject of their own, "em hiểu rồi" acknowledges). Read from analyzed words, so shorthand and text without
/// diacritics read the same; in a message written with diacritics a word counts only as spelled ("lãi" is no "lại", nor
/// "vay" "vậy").
/// </summary>
public static class ExplainRequest
{
    /// <summary>Whether <paramref name="message"/>, read by <paramref name="analyzer"/>, asks the last answer to be explained, and asks nothing else.</summary>
    public static bool Asks(TextAnalyzer analyzer, string message)
    {
        // Whether the citizen wrote with diacritics is read from what was typed: the synonyms' words carry marks.
        var asSpelled = VietnameseTokenizer.IsWrittenWithMarks(VietnameseTokenizer.Analyze(message));
        var tokens = analyzer.Analyze(message);
        bool Is(int i, string folded, string spelled) =>
            i >= 0 && i < tokens.Count && tokens[i].Is(folded, spelled) && !(asSpelled && !tokens[i].HasMarks && folded != spelled);
        var asking = new HashSet<int>();
        void Mark(int from, int count)
        {
            for (var j = from; j < from + count; j++)
            {
                asking.Add(j);
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            // "là sao", "là gì" ("nghĩa là gì", "ý là sao", "tức là sao" end so); "dễ hiểu", "giải thích"; "chưa hiểu", "không
            // hiểu" (not "hiểu rồi"); "nói rõ", "nói lại", "nói cụ thể", "nhắc lại"; "được không" closing a request. The
            // synonyms read several of them as "là gì".
            if (Is(i, "la", "là") && (Is(i + 1, "sao", "sao") || Is(i + 1, "gi", "gì")))
            {
                Mark(i, 2);
                Mark(i - 1, Is(i - 1, "nghia", "nghĩa") || Is(i - 1, "y", "ý") || Is(i - 1, "tuc", "tức") ? 1 : 0);
            }
            else if ((Is(i, "de", "dễ") && Is(i + 1, "hieu", "hiểu")) || (Is(i, "giai", "giải") && Is(i + 1, "thich", "thích"))
                || ((Is(i, "chua", "chưa") || Is(i, "khong", "không")) && Is(i + 1, "hieu", "hiểu"))
                || (Is(i, "noi", "nói") && (Is(i + 1, "ro", "rõ") || Is(i + 1, "lai", "lại")))
                || (Is(i, "nhac", "nhắc") && Is(i + 1, "lai", "lại")) || (Is(i, "duoc", "được") && Is(i + 1, "khong", "không")))
            {
                Mark(i, 2);
            }
            else if (Is(i, "noi", "nói") && Is(i + 1, "cu", "cụ") && Is(i + 2, "the", "thể"))
            {
                Mark(i, 3);
            }
            else if (Is(i, "co", "có") && Is(i + 1, "the", "thể") && tokens.Count > i + 2 && Is(tokens.Count - 1, "khong", "không"))
            {
                // "có thể giải thích lại không": a request, closed by its "không".
                Mark(i, 2);
                Mark(tokens.Count - 1, 1);
            }
        }

        var asks = asking.Any(i => !tokens[i].Is("duoc", "được"));
        return asks && tokens.Select((t, i) => asking.Contains(i) || VietnameseTokenizer.IsStopWord(t, asSpelled) || Around.Any(w => Is(i, w.Folded, w.Spelled))).All(ok => ok);
    }

    // What stands around the request ("giùm cô", "thêm chút nữa", "cái đó", "lại"), folded and as spelled; function words
    // ("giúp", "với", "hơn", "vậy", "đó") are read as such already.
    private static readonly (string Folded, string Spelled)[] Around =
    [
        ("gium", "giùm"), ("dum", "dùm"), ("di", "đi"), ("chut", "chút"), ("xiu", "xíu"), ("them", "thêm"), ("nua", "nữa"),
        ("lai", "lại"), ("cai", "cái"), ("day", "đấy"), ("het", "hết"), ("co", "cô"), ("chu", "chú"), ("bac", "bác"),
        ("ong", "ông"), ("ba", "bà"), ("cau", "cậu"), ("chau", "cháu"), ("tui", "tui"), ("ne", "nè"), ("xem", "xem"),
        ("noi", "nói"), ("con", "con"), ("lam", "lắm"), ("y", "ý"), ("kia", "kia"), ("chua", "chưa"),
    ];
}
