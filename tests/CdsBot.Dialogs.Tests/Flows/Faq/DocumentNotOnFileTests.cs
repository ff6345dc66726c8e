using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// A question about a document the store holds nothing of, named by type and number, is not answered with an item on
/// another document; a likely typo of a number on file, and a year, are read as usual.
/// </summary>
public sealed class DocumentNotOnFileTests
{
    [Theory]
    [InlineData("nghị quyết 68 của bộ chính trị về kinh tế tư nhân nói gì vậy ad")]
    [InlineData("nghi quyet 68 noi gi")]
    [InlineData("nghị định 13 về bảo vệ dữ liệu cá nhân quy định gì")] // not a typo of 63/2024/NĐ-CP: any two short numbers differ in a digit
    public Task Is_not_answered_with_another_documents_item(string question) =>
        new TestFlow(ShippedContent.Root())
            .Send(question).AssertReply(_ => { })
            .AssertTrace(t => Assert.True(t.ContentId is null && t.Intent != "faq", $"{t.Intent} {t.ContentId}"))
            .StartTestAsync();

    [Theory]
    [InlineData("nghị quyết 57 ban hành ngày nào", "nq57-ngay-ban-hanh")]
    [InlineData("Đề án chuyển đổi số Thái Bình được phê duyệt theo Quyết định 517/QĐ-UBND đúng không?", "thai-binh-de-an-571")] // 571, two digits swapped
    public Task A_document_on_file_or_a_typo_of_one_is_answered(string question, string item) =>
        new TestFlow(ShippedContent.Root())
            .Send(question).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", item), (t.Intent, t.ContentId)))
            .StartTestAsync();
}
