using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Flows.Handoff;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Flows.Subscriptions;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Tests.Testing;

/// <summary>A small content set made for tests, and the real root dialog over it.</summary>
internal static class SampleContent
{
    public static ContentSet Set() => new(
        [
            new Topic("van-ban", "Nghị quyết – văn bản", "Các văn bản:"),
            new Topic("ngay-cds", "Ngày Chuyển đổi số 10/10", "Về ngày 10/10:"),
        ],
        [
            new SourceDocument { Number = "505/QĐ-TTg", Type = "Quyết định", Issuer = "Thủ tướng Chính phủ", SignedOn = new DateOnly(2022, 4, 22), Title = "Về Ngày Chuyển đổi số quốc gia", Link = "https://example.gov.vn/505" },
            new SourceDocument { Number = "57-NQ/TW", Type = "Nghị quyết", Issuer = "Bộ Chính trị", SignedOn = new DateOnly(2024, 12, 22), Title = "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia" },
        ],
        [
            new FaqItem
            {
                Id = "ngay-cds", Topic = "ngay-cds", Question = "Ngày Chuyển đổi số quốc gia là ngày nào?",
                Variants = ["ngày 10 tháng 10 là ngày gì"], Answer = "Ngày 10/10 hằng năm là Ngày Chuyển đổi số quốc gia.",
                Sources = ["505/QĐ-TTg"], FollowUps = ["nq57"],
            },
            new FaqItem
            {
                Id = "nq57", Topic = "van-ban", Question = "Nghị quyết 57-NQ/TW ban hành ngày nào?",
                Variants = ["nghị quyết 57 là gì"], Answer = "Nghị quyết 57-NQ/TW ban hành ngày 22/12/2024.", Sources = ["57-NQ/TW"],
            },
            new FaqItem
            {
                Id = "nhap", Topic = "van-ban", Question = "Câu hỏi nháp về kế hoạch thử nghiệm", Answer = "Chưa duyệt.", Status = ContentStatus.Draft,
            },
        ],
        localities: [new Locality("tra-vinh", "Trà Vinh", ["tỉnh Trà Vinh"])]);

    public static ContentCatalog Catalog(ContentSet? content = null)
    {
        var catalog = new ContentCatalog(TimeProvider.System);
        catalog.Publish(content ?? Set());
        return catalog;
    }

    public static RootDialog Root(IHandoffDesk desk, ContentCatalog? catalog = null, IQuestionLog? log = null, ISubscriptionStore? subscriptions = null)
    {
        catalog ??= Catalog();
        subscriptions ??= new RecordingSubscriptionStore();
        return Conversation.Root(catalog, desk, subscriptions, log ?? new RecordingQuestionLog(), TimeProvider.System);
    }
}
