using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// Which item of a yearly series answers a question: the one whose period holds the year asked (this year when the
/// question names none). When the store has none for that year yet, the latest, with a notice saying so plainly
/// ("… năm 2026 chưa được công bố. Gần nhất là năm 2025:"). A past year the store has none of is not answered with
/// another year's item: the notice says so, and the years on file are the choices (<see cref="Choices"/>).
/// </summary>
/// <param name="Item">The item to answer.</param>
/// <param name="Notice">What to say before it when it is not of the year asked; null when it is.</param>
public sealed record SeriesAnswer(FaqItem Item, string? Notice)
{
    /// <summary>The items of the series to choose from instead of an answer, when the year asked is past and none is of it; else empty.</summary>
    public IReadOnlyList<FaqItem> Choices { get; init; } = [];

    /// <summary>
    /// The item of <paramref name="matched"/>'s series for the year <paramref name="question"/> asks about on <paramref name="today"/>,
    /// in a conversation about the year <paramref name="talkedAbout"/> when it is about one (<see cref="YearAsked"/>).
    /// </summary>
    public static SeriesAnswer For(FaqItem matched, string question, TextAnalyzer analyzer, ContentSet content, DateOnly today, int? talkedAbout = null)
    {
        if (matched.Series is not { } series)
        {
            return new SeriesAnswer(matched, null);
        }

        var members = content.Items
            .Where(i => i.Series == series && i.PeriodFrom is not null && i.PeriodTo is not null && i.IsAnswerableOn(today))
            .OrderBy(i => i.PeriodFrom)
            .ToList();
        if (members.Count == 0)
        {
            return new SeriesAnswer(matched, null);
        }

        var year = YearAsked.In(question, analyzer, today.Year, talkedAbout) ?? today.Year;
        if (members.FirstOrDefault(i => i.PeriodFrom!.Value.Year <= year && year <= i.PeriodTo!.Value.Year) is { } held)
        {
            return new SeriesAnswer(held, null);
        }

        // None for that year: this year or a later one is not announced yet, and the latest is what there is; a past year
        // the store lacks is no other year's item to answer with.
        var latest = members[^1];
        return year > latest.PeriodTo!.Value.Year && year >= today.Year
            ? new SeriesAnswer(latest, $"{series} năm {year} chưa được công bố. Gần nhất là {PeriodOf(latest)}:")
            : new SeriesAnswer(matched, $"Hiện chưa có thông tin về {LowerFirst(series)} năm {year}. Anh/Chị có thể xem các năm đã có:") { Choices = [.. members.AsEnumerable().Reverse()] };
    }

    /// <summary>"năm 2025", or "giai đoạn 2023–2025" for a period over several years.</summary>
    public static string PeriodOf(FaqItem item) => item.PeriodFrom!.Value.Year == item.PeriodTo!.Value.Year
        ? $"năm {item.PeriodFrom.Value.Year}"
        : $"giai đoạn {item.PeriodFrom.Value.Year}–{item.PeriodTo.Value.Year}";

    private static string LowerFirst(string text) => text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
