using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>An answer's own source line stays short (number, date, issuer); "Xem nguồn" gives each document's title and link.</summary>
public sealed class SourcesButtonTests
{
    [Fact]
    public async Task An_answer_citing_a_document_offers_Xem_nguon_which_gives_its_title_and_the_answer_line_does_not()
    {
        await new TestFlow(ShippedContent.Root())
            .Send("ngày chuyển đổi số quốc gia là ngày nào")
            .AssertReply(r =>
            {
                Assert.EndsWith("Nguồn: Quyết định 505/QĐ-TTg ngày 22/04/2022 của Thủ tướng Chính phủ.", r.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Về Ngày Chuyển đổi số quốc gia", r.Text, StringComparison.Ordinal);
            })
            .AssertFeedbackPrompt(r => Assert.Equal(
                (AnswerReplies.SourcesButton, Payloads.Sources("ngay-cds-10-10")),
                r.QuickReplies.Select(q => (q.Title, q.Payload)).Single(q => q.Title == AnswerReplies.SourcesButton)))
            .SendPayload(Payloads.Sources("ngay-cds-10-10"))
            .AssertReply(r =>
            {
                Assert.Equal(
                    "Nguồn của câu trả lời “Ngày Chuyển đổi số quốc gia là ngày nào?”:\n\nQuyết định 505/QĐ-TTg ngày 22/04/2022 của Thủ tướng Chính phủ: Về Ngày Chuyển đổi số quốc gia.",
                    r.Text);
                Assert.Equal(["Menu chính"], r.QuickReplies.Select(q => q.Title));
            })
            .AssertTrace(t => Assert.Equal(("sources", null), (t.Intent, t.ContentId)))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_web_page_is_cited_by_its_site_and_issuer_and_Xem_nguon_adds_its_title()
    {
        await new TestFlow(ShippedContent.Root())
            .SendPayload(Payloads.Faq("wifi-cong-cong"))
            .AssertReply(r => Assert.Contains("\n\nNguồn: Trang thông tin binhdanhocvuso.gov.vn của Bộ Công an.", r.Text, StringComparison.Ordinal))
            .AssertFeedbackPrompt()
            .SendPayload(Payloads.Sources("wifi-cong-cong"))
            .AssertReply(r => Assert.EndsWith(
                "Trang thông tin binhdanhocvuso.gov.vn của Bộ Công an: Nền tảng Bình dân học vụ số.\nXem: https://binhdanhocvuso.gov.vn", r.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_sources_of_an_item_that_is_gone_lead_back_to_the_menu()
    {
        await new TestFlow(ShippedContent.Root())
            .SendPayload(Payloads.Sources("khong-co-muc-nay"))
            .AssertReply(r => Assert.Equal(CdsBot.Dialogs.Flows.Root.RootTexts.ItemGone, r.Text))
            .AssertTrace(t => Assert.Equal("sources", t.Intent))
            .StartTestAsync();
    }
}
