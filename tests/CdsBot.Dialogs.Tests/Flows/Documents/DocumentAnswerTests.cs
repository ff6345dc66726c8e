using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Documents;

/// <summary>On the shipped content: a question only a plan's text answers gets a labelled excerpt; others never do.</summary>
public sealed class DocumentAnswerTests
{
    [Fact]
    public async Task A_question_only_a_plan_answers_gets_a_labelled_unaltered_excerpt_with_the_next_passage_and_a_person()
    {
        var log = new RecordingQuestionLog();
        string? passageId = null;
        await new TestFlow(ShippedContent.Root(log: log))
            .Send("Phương châm hành động của Tỉnh ủy Trà Vinh nhiệm kỳ 2020-2025 là gì?").AssertReply(reply =>
            {
                Assert.StartsWith("Theo Kế hoạch 63-KH/BTGTU", reply.Text, StringComparison.Ordinal);
                Assert.Contains(", mục ", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Đoàn kết, kỷ cương, hành động", reply.Text, StringComparison.OrdinalIgnoreCase);
                Assert.Equal(["Đoạn tiếp theo", "Gặp cán bộ", "Menu chính"], reply.QuickReplies.Select(q => q.Title));
                Assert.StartsWith(Payloads.PassagePrefix, reply.QuickReplies[0].Payload, StringComparison.Ordinal);
                Assert.Equal([Payloads.Handoff, Payloads.Menu], reply.QuickReplies.Skip(1).Select(q => q.Payload));
            })
            .AssertTrace(t =>
            {
                Assert.Equal("document", t.Intent);
                Assert.Null(t.ContentId);
                Assert.NotNull(t.PassageId);
                passageId = t.PassageId;
            })
            .StartTestAsync();

        var filed = Assert.Single(log.Unanswered);
        Assert.Equal("document", filed.Band);

        var set = ShippedContent.Set;
        var excerpt = ShippedContent.Catalog().Passages.Find(passageId!)!;
        Assert.Contains(excerpt.Text.Trim(), set.FindDocument(excerpt.DocumentNumber)!.Text!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_items_own_question_is_answered_by_it_not_by_a_plan_that_lists_the_same_words_among_others()
    {
        var set = ShippedContent.Set;
        var item = new FaqItem
        {
            Id = "dang-ky-an-sinh",
            Topic = set.Items.First().Topic,
            Question = "Đăng ký an sinh xã hội",
            Answer = "Anh/Chị nộp hồ sơ hưởng trợ cấp tại Ủy ban nhân dân cấp xã nơi cư trú.",
        };
        var catalog = new ContentCatalog(TimeProvider.System);
        catalog.Publish(new ContentSet(set.Topics, set.Documents, set.Items.Append(item), set.Localities, set.Synonyms, set.Shorthand));

        // Tân Ninh's plan lists "hưởng chính sách an sinh xã hội" among what citizens may do online: a passage that
        // holds every word of the question, which the item's answer does not.
        var passage = Assert.Single(catalog.Passages.Search(item.Question, 1));
        Assert.True(passage.Fit >= new RetrievalOptions().PassageOverItemThreshold);

        var root = Conversation.Root(catalog, new RecordingHandoffDesk(), new RecordingSubscriptionStore(), new RecordingQuestionLog(), TimeProvider.System);
        await new TestFlow(root)
            .Send(item.Question).AssertReply(reply => Assert.Contains(item.Answer, reply.Text, StringComparison.Ordinal))
            .AssertReply(feedback => Assert.Contains(feedback.QuickReplies, q => q.Payload.StartsWith(Payloads.HelpfulPrefix, StringComparison.Ordinal)))
            .AssertTrace(t =>
            {
                Assert.Equal("faq", t.Intent);
                Assert.Equal(item.Id, t.ContentId);
                Assert.Null(t.PassageId);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("Bến Tre phát huy thế mạnh của những phương tiện truyền thông nào để tuyên truyền đề án chuyển đổi số?", "1850-CV/TĐTN-TCKT")]
    [InlineData("o thai binh ai to chuc tap huan cds cho doanh nghiep", "96/KH-UBND")]
    [InlineData("Các cơ quan báo chí ở Lào Cai ứng dụng mạng xã hội trong tuyên truyền chuyển đổi số để làm gì?", "44/KH-STTTT")]
    public async Task A_question_naming_the_plans_province_gets_its_passage_rather_than_a_broad_item_about_the_plan(string question, string document) =>
        await AssertExcerptInsteadOfAnItemAsync(question, document);

    [Theory]
    [InlineData("Sở Tài chính Thái Bình có nhiệm vụ gì trong kế hoạch truyền thông chuyển đổi số?", "96/KH-UBND", "Sở Tài chính")]
    [InlineData("Đài truyền thanh cấp xã ở Lào Cai tuyên truyền chuyển đổi số thế nào?", "44/KH-STTTT", "Đài Truyền thanh cấp xã")]
    public async Task A_detail_the_answered_item_only_summarizes_follows_its_answer_as_an_excerpt_of_the_plan(string question, string document, string detail) =>
        await new TestFlow(ShippedContent.Root())
            .Send(question).AssertReply(answer => Assert.DoesNotContain(detail, answer.Text, StringComparison.Ordinal))
            .AssertReply(excerpt =>
            {
                Assert.StartsWith("Theo " + ShippedContent.Set.FindDocument(document)!.Citation, excerpt.Text, StringComparison.Ordinal);
                Assert.Contains(detail, excerpt.Text, StringComparison.Ordinal);
            })
            .AssertReply(feedback => Assert.Contains(feedback.QuickReplies, q => q.Payload.StartsWith(Payloads.HelpfulPrefix, StringComparison.Ordinal)))
            .AssertTrace(t =>
            {
                Assert.Equal("faq", t.Intent);
                Assert.NotNull(t.ContentId);
                Assert.Equal(document, ShippedContent.Catalog().Passages.Find(t.PassageId!)!.DocumentNumber);
            })
            .StartTestAsync();

    [Theory]
    [InlineData("Kế hoạch 96 Thái Bình lấy kinh phí từ nguồn nào?", "96/KH-UBND", "Kinh phí")]
    [InlineData("ke hoach 63 tra vinh giao mat tran to quoc lam gi", "63-KH/BTGTU", "Mặt trận Tổ quốc")]
    [InlineData("cong van 1850 ben tre noi ve lo trinh nao", "1850-CV/TĐTN-TCKT", "lộ trình")]
    [InlineData("Tỉnh đoàn Bến Tre gửi công văn 1850 cho những ai?", "1850-CV/TĐTN-TCKT", "Kính gửi")]
    public async Task A_detail_asked_of_a_document_named_by_number_is_quoted_instead_of_the_item_that_summarizes_it(string question, string document, string detail) =>
        await AssertExcerptInsteadOfAnItemAsync(question, document, detail);

    [Theory]
    [InlineData("Đảng viên tham gia quá trình chuyển đổi số với tinh thần ra sao?", "63-KH/BTGTU", "tâm trong")]
    [InlineData("nhiem vu cua hiep hoi doanh nghiep tinh trong truyen thong chuyen doi so la gi", "96/KH-UBND", "Hiệp hội doanh nghiệp")]
    public async Task A_whole_question_a_passage_says_far_more_of_than_the_items_found_gets_the_passage(string question, string document, string detail) =>
        await AssertExcerptInsteadOfAnItemAsync(question, document, detail);

    [Theory]
    [InlineData("doanh nghiep vien thong dua thong tin cds den thue bao bang cach nao", "44/KH-STTTT", "thuê bao")]
    [InlineData("quỹ đầu tư mạo hiểm để làm gì", "Tân Ninh – tuyên truyền NQ 57", "mạo hiểm")]
    [InlineData("lồng ghép bình dân học vụ số vào các cuộc vận động nào", "Tân Ninh – tuyên truyền NQ 57", "cuộc vận động")]
    public async Task Phrases_of_the_question_that_the_passage_says_and_no_item_found_says_get_the_passage(string question, string document, string detail) =>
        await AssertExcerptInsteadOfAnItemAsync(question, document, detail);

    [Theory]
    [InlineData("Thủ tục dịch vụ công")]
    [InlineData("kế hoạch 96 thái bình là gì")]
    public async Task A_keyword_question_or_one_asking_only_what_a_document_is_gets_the_item_without_an_excerpt(string question) =>
        await new TestFlow(ShippedContent.Root())
            .Send(question).AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .AssertTrace(t =>
            {
                Assert.Equal("faq", t.Intent);
                Assert.Null(t.PassageId);
            })
            .StartTestAsync();

    [Theory]
    [InlineData("ke hoach 63 tra vinh do ai ky", "63-KH/BTGTU", "Dương Mỹ Pha")]
    [InlineData("người ký công văn 1850 bến tre là ai", "1850-CV/TĐTN-TCKT", "Võ Tuấn Thông")]
    public async Task Who_signed_a_document_the_question_names_is_answered_from_its_signature(string question, string document, string signer) =>
        await new TestFlow(ShippedContent.Root())
            .Send(question).AssertReply(_ => { })
            .AssertReply(excerpt => Assert.Contains(signer, excerpt.Text, StringComparison.Ordinal))
            .AssertReply(feedback => Assert.Contains(feedback.QuickReplies, q => q.Payload.StartsWith(Payloads.HelpfulPrefix, StringComparison.Ordinal)))
            .AssertTrace(t =>
            {
                var passage = ShippedContent.Catalog().Passages.Find(t.PassageId!)!;
                Assert.Equal((document, "Người ký"), (passage.DocumentNumber, passage.HeadingPath));
            })
            .StartTestAsync();

    [Theory]
    [InlineData("VNeID là gì")]
    [InlineData("nghi quyet 57 ban hanh ngay nao")]
    [InlineData("ko nen dang thong tin ca nhan j len mxh")]
    public async Task An_item_that_answers_what_is_asked_comes_without_an_excerpt(string question) =>
        await new TestFlow(ShippedContent.Root())
            .Send(question).AssertReply(_ => { })
            .AssertReply(feedback => Assert.Contains(feedback.QuickReplies, q => q.Payload.StartsWith(Payloads.HelpfulPrefix, StringComparison.Ordinal)))
            .AssertTrace(t =>
            {
                Assert.Equal("faq", t.Intent);
                Assert.NotNull(t.ContentId);
                Assert.Null(t.PassageId);
            })
            .StartTestAsync();

    [Fact]
    public async Task An_items_own_question_naming_a_plans_province_is_answered_by_the_item() =>
        // Lào Cai's plan says more of "ưu tiên", "lĩnh vực" than the item's answer; the citizen asked the item's own question.
        await new TestFlow(ShippedContent.Root())
            .Send("Lào Cai ưu tiên cds mấy lĩnh vực nào vậy ad").AssertReply(_ => { }).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "lao-cai-linh-vuc-trong-diem"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    // Where to register a birth online: the item saying where (the national portal or VNeID), not a plan listing the service.
    [Theory]
    [InlineData("đăng ký khai sinh trực tuyến ở đâu")]
    [InlineData("dang ky khai sinh online o dau")]
    public async Task The_item_saying_what_is_asked_is_answered_rather_than_an_excerpt_of_a_plan_it_does_not_name(string question) =>
        await new TestFlow(ShippedContent.Root())
            .Send(question).AssertReply(reply => Assert.Contains("dichvucong.gov.vn", reply.Text, StringComparison.Ordinal)).AssertFeedbackPrompt()
            .AssertTrace(t =>
            {
                Assert.Equal(("faq", "khai-sinh-truc-tuyen"), (t.Intent, t.ContentId));
                Assert.Null(t.PassageId);
            })
            .StartTestAsync();

    [Theory]
    [InlineData("thanh toan qr co an toan ko")]
    [InlineData("cai dat app")]
    [InlineData("làm khai sinh online cho bé được không")] // a choice of the birth registration items, not Tân Ninh's plan listing the service
    public async Task Items_close_to_the_question_are_offered_rather_than_an_excerpt_of_a_plan_it_does_not_name(string question) =>
        await new TestFlow(ShippedContent.Root())
            .Send(question).AssertReply(reply => Assert.Contains(reply.QuickReplies, q => q.Payload.StartsWith(Payloads.FaqPrefix, StringComparison.Ordinal)))
            .AssertTrace(t =>
            {
                Assert.NotEqual("document", t.Intent);
                Assert.Null(t.PassageId);
            })
            .StartTestAsync();

    [Fact]
    public async Task The_next_passage_button_shows_the_following_passage_of_the_same_document()
    {
        var catalog = ShippedContent.Catalog();
        var first = catalog.Passages.Of("96/KH-UBND")[3];
        var next = catalog.Passages.Next(first)!;
        await new TestFlow(ShippedContent.Root())
            .SendPayload(Payloads.Passage(first.Id)).AssertReply(reply => Assert.Equal(Payloads.Passage(next.Id), reply.QuickReplies[0].Payload))
            .AssertTrace(t => Assert.Equal(("document", first.Id), (t.Intent, t.PassageId)))
            .SendPayload(Payloads.Passage(next.Id)).AssertReply(reply => Assert.Contains(next.Text.Trim()[..20], reply.Text, StringComparison.Ordinal))
            .AssertTrace(t => Assert.Equal(next.Id, t.PassageId))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("thời tiết Lào Cai ngày mai thế nào")]
    [InlineData("hôm nay trời có mưa không")]
    [InlineData("dự báo bão ở Thái Bình tuần này")]
    [InlineData("nhà hàng xóm lấn đất nhà tôi thì làm sao")]
    [InlineData("tranh chấp đất đai với anh em trong nhà giải quyết thế nào")]
    [InlineData("hàng xóm xây tường sang phần đất của tôi")]
    [InlineData("mày là đồ vô dụng")]
    [InlineData("bot ngu quá trả lời như hạch")]
    [InlineData("đồ ngốc, im đi")]
    [InlineData("kết quả bóng đá tối qua")]
    [InlineData("giá vàng hôm nay bao nhiêu")]
    [InlineData("xổ số Trà Vinh hôm nay về số mấy")]
    [InlineData("cách nấu canh chua cá lóc")]
    [InlineData("kẹo dừa Bến Tre mua ở đâu ngon")]
    [InlineData("quán phở nào ngon gần xã Tân Ninh")]
    [InlineData("bị đau đầu uống thuốc gì")]
    [InlineData("vượt đèn đỏ bị phạt bao nhiêu tiền")]
    [InlineData("thu tuc ly hon don phuong")]
    [InlineData("tu vi tuoi ty nam nay")]
    [InlineData("gia xang hom nay")]
    [InlineData("mua vé máy bay giá rẻ")]
    [InlineData("học tiếng anh online miễn phí")]
    [InlineData("du lịch Lào Cai đi đâu")]
    [InlineData("đặc sản Bến Tre là gì")]
    [InlineData("số điện thoại công an tỉnh Thái Bình")]
    [InlineData("trường đại học ở Trà Vinh")]
    public async Task A_question_outside_the_documents_never_gets_an_excerpt(string question) =>
        await new TestFlow(ShippedContent.Root())
            .Send(question).AssertReply(_ => { })
            .AssertTrace(t =>
            {
                Assert.NotEqual("document", t.Intent);
                Assert.Null(t.PassageId);
                Assert.Null(t.ContentId);
            })
            .StartTestAsync();

    /// <summary>Asks <paramref name="question"/> alone: the reply is an excerpt of <paramref name="document"/>, labelled with its citation (and holding <paramref name="detail"/>), and no item is answered.</summary>
    private static Task AssertExcerptInsteadOfAnItemAsync(string question, string document, string? detail = null) =>
        new TestFlow(ShippedContent.Root())
            .Send(question).AssertReply(excerpt =>
            {
                Assert.StartsWith("Theo " + ShippedContent.Set.FindDocument(document)!.Citation, excerpt.Text, StringComparison.Ordinal);
                Assert.Contains(detail ?? document, excerpt.Text, StringComparison.OrdinalIgnoreCase);
            })
            .AssertTrace(t =>
            {
                Assert.Equal("document", t.Intent);
                Assert.Null(t.ContentId);
                Assert.Equal(document, ShippedContent.Catalog().Passages.Find(t.PassageId!)!.DocumentNumber);
            })
            .StartTestAsync();
}
