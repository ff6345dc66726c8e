namespace CdsBot.Dialogs.Content;

/// <summary>One curated question and its answer.</summary>
public sealed record FaqItem
{
    /// <summary>A stable id, e.g. "ngay-cds-10-10"; what <c>trace.contentId</c> reports.</summary>
    public required string Id { get; init; }

    /// <summary>The topic id the item is listed under.</summary>
    public required string Topic { get; init; }

    /// <summary>The canonical question.</summary>
    public required string Question { get; init; }

    /// <summary>Other ways citizens ask the same thing.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>The answer, short enough for a phone screen.</summary>
    public required string Answer { get; init; }

    /// <summary>Numbers of the documents the answer rests on (see <see cref="SourceDocument.Number"/>).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Links shown with the answer.</summary>
    public IReadOnlyList<ContentLink> Links { get; init; } = [];

    /// <summary>Ids of items offered as follow-up questions.</summary>
    public IReadOnlyList<string> FollowUps { get; init; } = [];

    /// <summary>Free keywords that also find the item.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>"national", or a province/commune id.</summary>
    public string Locality { get; init; } = Localities.National;

    /// <summary>Draft or published.</summary>
    public ContentStatus Status { get; init; } = ContentStatus.Published;

    /// <summary>The first day the item may be answered.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>The last day the item may be answered.</summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>
    /// The name of the series of yearly items this one belongs to (e.g. "Chủ đề Ngày Chuyển đổi số quốc gia"): items of
    /// one series answer the same question for different periods, and a question about a year ("năm nay", "năm 2026")
    /// is answered by the one whose period holds it. Null for an item that does not change with the year.
    /// </summary>
    public string? Series { get; init; }

    /// <summary>The first day of the period the answer is about (in a <see cref="Series"/>).</summary>
    public DateOnly? PeriodFrom { get; init; }

    /// <summary>The last day of the period the answer is about (in a <see cref="Series"/>).</summary>
    public DateOnly? PeriodTo { get; init; }

    /// <summary>Sent exactly as written, never rephrased (legal texts, quotations).</summary>
    public bool Verbatim { get; init; }

    /// <summary>Whether the item may be answered on <paramref name="today"/>.</summary>
    public bool IsAnswerableOn(DateOnly today) =>
        Status == ContentStatus.Published
        && (ValidFrom is null || ValidFrom <= today)
        && (ValidTo is null || today <= ValidTo);
}
