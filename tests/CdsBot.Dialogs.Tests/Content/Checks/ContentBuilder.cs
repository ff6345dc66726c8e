using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Tests.Content.Checks;

/// <summary>Small hand-made content for the check's rules: one topic, the documents given, items built per test.</summary>
internal static class ContentBuilder
{
    public static SourceDocument Plan(string text, string number = "96/KH-UBND", DateOnly? signed = null) => new()
    {
        Number = number,
        Type = "Kế hoạch",
        Issuer = "Ủy ban nhân dân tỉnh Thái Bình",
        Title = "Truyền thông về chuyển đổi số",
        SignedOn = signed ?? new DateOnly(2023, 7, 17),
        Locality = Localities.National,
        Text = text,
    };

    public static SourceDocument Decision(string number = "505/QĐ-TTg") => new()
    {
        Number = number,
        Type = "Quyết định",
        Issuer = "Thủ tướng Chính phủ",
        Title = "Về Ngày Chuyển đổi số quốc gia",
        SignedOn = new DateOnly(2022, 4, 22),
    };

    public static FaqItem Item(string answer, params string[] sources) => new()
    {
        Id = "hoi-thu",
        Topic = "van-ban",
        Question = "Câu hỏi thử?",
        Answer = answer,
        Sources = sources,
    };

    public static ContentSet Set(FaqItem item, params SourceDocument[] documents) =>
        new([new Topic("van-ban", "Văn bản", "Các văn bản")], documents, [item]);
}
