using System.Text;
using CdsBot.Dialogs.Rephrasing;

namespace CdsBot.Documents.Drafting;

/// <summary>
/// Checks a drafted question–answer pair against the passage it was drafted from, with the rephrasing's fact guard:
/// every number, date, percentage, document number, address and named platform in the pair must be in the passage,
/// written as the passage writes it (so nothing is added or altered); the answer must be Vietnamese with diacritics and
/// no longer than the passage allows. The reason for a refusal is for staff, in Vietnamese.
/// </summary>
public sealed class DraftGuard(IEnumerable<string> namedPlatforms)
{
    private const string VietnameseLetters = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

    private readonly FactGuard _facts = new(namedPlatforms);

    /// <summary>Null when the pair keeps to <paramref name="passage"/>; otherwise why not.</summary>
    public string? Check(string passage, string question, string answer)
    {
        if (question.Length == 0 || answer.Length == 0)
        {
            return "thiếu câu hỏi hoặc câu trả lời";
        }

        passage = passage.Normalize(NormalizationForm.FormC);
        var known = _facts.Facts(passage);
        foreach (var (part, text) in new[] { ("câu hỏi", question), ("câu trả lời", answer) })
        {
            if (_facts.Facts(text.Normalize(NormalizationForm.FormC)).FirstOrDefault(f => !known.Contains(f)) is { } added)
            {
                return $"{part} có \"{added}\" mà đoạn văn bản không có (số liệu, ngày tháng, số hiệu văn bản phải lấy đúng từ đoạn văn bản)";
            }
        }

        if (!answer.Any(c => VietnameseLetters.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal)))
        {
            return "câu trả lời không phải tiếng Việt có dấu";
        }

        var limit = passage.Length + 300;
        return answer.Length > limit ? $"câu trả lời dài hơn đoạn văn bản ({answer.Length} > {limit} ký tự): có thể đã thêm nội dung" : null;
    }
}
