using CdsBot.Dialogs.Content.Checks;

namespace CdsBot.Admin.Items;

/// <summary>A content-check finding on an item being submitted or approved, for staff: the rule, the offending fact, what to do.</summary>
/// <param name="Rule">"source" (a fact its sources do not state) or "tone".</param>
/// <param name="Fact">The offending fact or wording, as the answer writes it ("15/6", "Được.").</param>
/// <param name="Message">What to look at, in Vietnamese.</param>
public sealed record PublishWarning(string Rule, string Fact, string Message)
{
    /// <summary>A finding in a guide or lesson: <paramref name="part"/> ("Bước “bao-156”") says where, before the message.</summary>
    public static PublishWarning From(CheckFinding finding, IReadOnlyList<string> sources, string part)
    {
        var warning = From(finding, sources);
        return warning with { Message = $"{part}: {warning.Message}" };
    }

    public static PublishWarning From(CheckFinding finding, IReadOnlyList<string> sources) => new(finding.Rule, finding.Fact, (finding.Rule, finding.Key) switch
    {
        (SourceConsistencyRule.Name, _) when sources.Count == 0 => $"«{finding.Fact}» chưa có văn bản nguồn: Anh/Chị chọn văn bản nêu số liệu này.",
        (SourceConsistencyRule.Name, _) => $"«{finding.Fact}» không có trong văn bản nguồn ({string.Join(", ", sources)}): Anh/Chị đối chiếu lại với văn bản trước khi đăng.",
        (_, "opening") => $"Câu trả lời mở đầu cụt bằng «{finding.Fact}»: nên nói rõ Anh/Chị có thể làm gì.",
        (_, "first-paragraph") => $"Đoạn đầu dài hơn {ToneRule.FirstParagraphLimit} ký tự: nên để phần chi tiết sau một dòng trống.",
        (_, "diacritics") => "Câu trả lời chưa viết tiếng Việt có dấu.",
        (_, "address") => $"Nên xưng hô «Anh/Chị», không viết «{finding.Fact}».",
        _ => finding.Message,
    });
}
