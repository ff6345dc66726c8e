using System.Text;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows.Faq;

namespace CdsBot.Dialogs.Flows.Guides;

/// <summary>What the guide flow says, in Vietnamese, and how a guide's step and its end read.</summary>
public static class GuideTexts
{
    /// <summary>The list of guides.</summary>
    public const string List = "Anh/Chị chọn hướng dẫn muốn làm theo từng bước:";

    /// <summary>"tiếp tục" with no guide left open.</summary>
    public const string NothingToResume = "Anh/Chị chưa có hướng dẫn nào đang làm dở. Anh/Chị chọn một hướng dẫn dưới đây:";

    /// <summary>Leaving a guide.</summary>
    public const string Left = "Dạ, đã dừng hướng dẫn. Khi cần, Anh/Chị gõ \"tiếp tục\" để làm tiếp từ bước đang dở.";

    /// <summary>A branch answered with something that is not one of its answers.</summary>
    public const string ChooseAnAnswer = "Anh/Chị vui lòng chọn một trong các nút dưới đây.";

    /// <summary>A guide removed or changed while the citizen was in it.</summary>
    public const string Gone = "Dạ, hướng dẫn này vừa được cập nhật. Anh/Chị vui lòng chọn lại hướng dẫn.";

    /// <summary>Said at the end of a guide.</summary>
    public const string Done = "Anh/Chị đã xem hết hướng dẫn. Nếu cần hỗ trợ thêm, Anh/Chị chọn \"Gặp cán bộ\".";

    /// <summary>The line under an answer that offers a guide.</summary>
    public static string Offer(Guide guide) => $"Có hướng dẫn từng bước: {guide.Title}.";

    /// <summary>A step as the citizen reads it; the first step names the guide.</summary>
    public static string Step(Guide guide, GuideStep step, bool first) => first ? $"{guide.Title}\n\n{step.Text}" : step.Text;

    /// <summary>The end of a guide: its sources (number, date, issuer) and links.</summary>
    public static string Sources(Guide guide, ContentSet content)
    {
        var text = new StringBuilder();
        var documents = AnswerText.Documents(guide.Sources, content);
        if (documents.Count > 0)
        {
            text.Append(AnswerText.SourcesLine(documents));
        }

        foreach (var link in guide.Links.Take(2))
        {
            text.Append(text.Length > 0 ? "\n" : "").Append("Xem thêm: ").Append(link.Url);
        }

        return text.ToString();
    }
}
