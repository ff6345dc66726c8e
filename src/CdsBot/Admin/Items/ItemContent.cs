using CdsBot.Dialogs.Content;

namespace CdsBot.Admin.Items;

/// <summary>What staff write for an item (the request body of drafts, and the snapshot of a version).</summary>
public sealed record ItemContent
{
    public string? Topic { get; init; }

    public string Locality { get; init; } = Localities.National;

    public string? Question { get; init; }

    public IReadOnlyList<string> Variants { get; init; } = [];

    public string? Answer { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<ContentLink> Links { get; init; } = [];

    public IReadOnlyList<string> FollowUps { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    /// <summary>The series of yearly items this one belongs to ("Chủ đề Ngày Chuyển đổi số quốc gia"), or null.</summary>
    public string? Series { get; init; }

    /// <summary>The first day of the period the answer is about (required in a series).</summary>
    public DateOnly? PeriodFrom { get; init; }

    /// <summary>The last day of the period the answer is about (required in a series).</summary>
    public DateOnly? PeriodTo { get; init; }

    /// <summary>Send the answer exactly as written, never rephrased (legal texts).</summary>
    public bool Verbatim { get; init; }

    /// <summary>Every problem with this content against <paramref name="content"/>, by field.</summary>
    public Dictionary<string, string[]> Validate(ContentSet content)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Question))
        {
            errors["question"] = ["Thiếu câu hỏi."];
        }

        if (string.IsNullOrWhiteSpace(Answer))
        {
            errors["answer"] = ["Thiếu câu trả lời."];
        }

        if (Topic is null || content.FindTopic(Topic) is null)
        {
            errors["topic"] = [$"Chủ đề phải là một trong: {string.Join(", ", content.Topics.Select(t => t.Id))}."];
        }

        if (Locality != Localities.National && content.Localities.All(l => l.Id != Locality))
        {
            errors["locality"] = [$"Không có địa phương '{Locality}'."];
        }

        if (Sources.Where(s => content.FindDocument(s) is null).ToList() is { Count: > 0 } unknown)
        {
            errors["sources"] = [$"Không có văn bản: {string.Join(", ", unknown)} (thêm văn bản ở thẻ “Từ điển và văn bản” trước)."];
        }

        if (ValidFrom > ValidTo)
        {
            errors["validTo"] = ["Ngày hết hiệu lực đứng trước ngày bắt đầu hiệu lực."];
        }

        if (!string.IsNullOrWhiteSpace(Series) && (PeriodFrom is null || PeriodTo is null))
        {
            errors["periodFrom"] = ["Mục thuộc một chuỗi theo năm cần ngày bắt đầu và ngày kết thúc của kỳ mà câu trả lời nói tới."];
        }
        else if (PeriodFrom > PeriodTo)
        {
            errors["periodTo"] = ["Ngày kết thúc kỳ đứng trước ngày bắt đầu kỳ."];
        }

        return errors;
    }

    public FaqItem ToItem(string id, ContentStatus status) => new()
    {
        Id = id,
        Topic = Topic!,
        Locality = Locality,
        Question = Question!.Normalize(System.Text.NormalizationForm.FormC).Trim(),
        Variants = [.. Variants.Select(v => v.Normalize(System.Text.NormalizationForm.FormC).Trim()).Where(v => v.Length > 0)],
        Answer = Answer!.Normalize(System.Text.NormalizationForm.FormC).Trim(),
        Sources = Sources,
        Links = Links,
        FollowUps = FollowUps,
        Tags = Tags,
        Status = status,
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        Series = string.IsNullOrWhiteSpace(Series) ? null : Series.Normalize(System.Text.NormalizationForm.FormC).Trim(),
        PeriodFrom = PeriodFrom,
        PeriodTo = PeriodTo,
        Verbatim = Verbatim,
    };

    public static ItemContent From(FaqItem item) => new()
    {
        Topic = item.Topic,
        Locality = item.Locality,
        Question = item.Question,
        Variants = item.Variants,
        Answer = item.Answer,
        Sources = item.Sources,
        Links = item.Links,
        FollowUps = item.FollowUps,
        Tags = item.Tags,
        ValidFrom = item.ValidFrom,
        ValidTo = item.ValidTo,
        Series = item.Series,
        PeriodFrom = item.PeriodFrom,
        PeriodTo = item.PeriodTo,
        Verbatim = item.Verbatim,
    };
}
