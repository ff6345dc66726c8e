using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// The year a question asks about: one it names ("năm 2024", "2026"), or one it points to from today ("năm nay",
/// "năm ngoái", "năm tới"), with or without diacritics. Null when it names none. In a conversation about one year, "năm
/// trước" and "năm sau" are the years before and after that one ("còn năm trước thì sao" after 2025's theme asks 2024's).
/// </summary>
public static class YearAsked
{
    /// <summary>
    /// The year <paramref name="text"/> asks about, reading "năm nay" as <paramref name="thisYear"/>, and "năm trước" or "năm
    /// sau" from <paramref name="talkedAbout"/> when the conversation is about that year.
    /// </summary>
    public static int? In(string text, TextAnalyzer analyzer, int thisYear, int? talkedAbout = null)
    {
        // As typed, not as analyzed: shorthand ("cds") expands to words with diacritics.
        var typedWithMarks = VietnameseText.Fold(text) != VietnameseText.Normalize(text);
        var question = analyzer.Analyze(text);

        // A year named is the year asked, wherever a year pointed to stands ("còn năm ngoái 2024 thì sao").
        if (question.Select(t => VietnameseTokenizer.YearOf(t.Folded)).FirstOrDefault(y => y is not null) is { } named)
        {
            return named;
        }

        for (var i = 0; i < question.Count; i++)
        {
            var word = question[i].Folded;
            if (word != "nam" || i + 1 >= question.Count)
            {
                continue;
            }

            // "nam" is also "Nam" (Việt Nam, miền Nam): a plain "nam" is "năm" only in a question typed without diacritics.
            var (spelled, next) = (question[i].Spelled, question[i + 1]);
            if (spelled != "năm" && (spelled != "nam" || typedWithMarks))
            {
                continue;
            }

            var (offset, fromTalkedAbout) = next.Folded switch
            {
                "nay" when next.Spelled is "nay" or "này" => (0, false),
                "ngoai" when next.Spelled is "ngoái" or "ngoai" => (-1, false),
                "truoc" when next.Spelled is "trước" or "truoc" => (-1, true),
                "roi" when next.Spelled is "rồi" or "roi" => (-1, false),
                "qua" when next.Spelled is "qua" => (-1, false),
                "sau" when next.Spelled is "sau" => (1, true),
                "toi" when next.Spelled is "tới" or "toi" => (1, false),
                _ => ((int?)null, false),
            };
            if (offset is { } shift)
            {
                return (fromTalkedAbout && talkedAbout is { } other ? other : thisYear) + shift;
            }
        }

        return null;
    }
}
