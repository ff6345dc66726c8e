using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// A question asking an amount, a share or a length of time is answered only by an item stating one: on its own or as a
/// follow-up, an item about the same subject that states none is offered, not given as the answer; of items fitting it
/// alike, the one stating what is asked is.
/// </summary>
public sealed class FigureAskedTests
{
    [Fact]
    public Task How_to_pay_a_fee_online_is_answered() =>
        new TestFlow(ShippedContent.Root())
            .Send("nộp lệ phí thủ tục trực tuyến thế nào")
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "dvc-nop-phi-truc-tuyen"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    // How much the fee is, not how to pay it; how many people, communes or procedures, a count no item states: the item on the subject
    // is offered, not given as the answer.
    [Theory]
    [InlineData("nộp lệ phí thủ tục trực tuyến hết bao nhiêu tiền")]
    [InlineData("nop le phi thu tuc truc tuyen bn tien")]
    [InlineData("nền tảng bình dân học vụ số hiện có bao nhiêu người học rồi")]
    [InlineData("thai binh co bao nhieu xa to chuc ngay chu nhat so")]
    [InlineData("Trà Vinh có bao nhiêu thủ tục hành chính làm được trên dịch vụ công trực tuyến toàn trình?")]
    public Task A_figure_no_item_states_is_not_answered_by_the_item_on_its_subject(string question) =>
        new TestFlow(ShippedContent.Root())
            .Send(question)
            .AssertReply(_ => { })
            .AssertTrace(t =>
            {
                Assert.NotEqual("faq", t.Intent);
                Assert.Null(t.ContentId);
            })
            .StartTestAsync();

    // Items about the same matter fit alike; the one stating the figure asked is the answer, not a choice among them.
    [Theory]
    [InlineData("nop khai sinh onl r thi may ngay co kq vay", "khai-sinh-thoi-han")] // not the steps
    [InlineData("den 2045 vn muon lot top may the gioi ve doi moi sang tao theo nq57", "nq57-tam-nhin-2045")] // not its views
    public Task Of_items_fitting_alike_the_one_stating_the_figure_asked_is_the_answer(string question, string item) =>
        new TestFlow(ShippedContent.Root())
            .Send(question)
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", item), (t.Intent, t.ContentId)))
            .StartTestAsync();

    // So does the one saying where, of items on learning to use a smartphone, when the question asks where.
    [Fact]
    public Task Of_items_fitting_alike_the_one_saying_what_is_asked_of_the_matter_is_the_answer() =>
        new TestFlow(ShippedContent.Root())
            .Send("ba noi e 68 tuoi moi dc con cho cai dt cam ung ma ko biet xai, o que thi co cho nao day cach xai ko")
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "dien-thoai-thong-minh-hoc-o-dau"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    // A fee for a procedure no item is about: the items stating an amount fit it no better than the rest.
    [Theory]
    [InlineData("lam ho chieu online tren cong dvc het bn tien vay")]
    [InlineData("vneid muc 2 dang ky xong bao lau thi dc duyet")]
    public Task A_figure_asked_of_a_matter_no_item_answers_is_not_answered_by_an_item_stating_one(string question) =>
        new TestFlow(ShippedContent.Root())
            .Send(question)
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.Null(t.ContentId))
            .StartTestAsync();

    [Fact]
    public Task How_many_people_is_answered_by_the_item_counting_them() =>
        new TestFlow(ShippedContent.Root())
            .Send("nghị quyết 57 đặt mục tiêu bao nhiêu người dân dùng dịch vụ công trực tuyến")
            .AssertReply(reply => Assert.Contains("80%", reply.Text, StringComparison.Ordinal))
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "nq57-muc-tieu-2030"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Fact]
    public Task How_long_is_answered_by_the_item_stating_the_time_limit() =>
        new TestFlow(ShippedContent.Root())
            .Send("khai sinh online")
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .Send("mất mấy ngày")
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "khai-sinh-thoi-han"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("tin nhắn giả mạo ngân hàng nhận biết thế nào", "thế mấy ngày thì ngân hàng hoàn tiền")]
    [InlineData("nộp hồ sơ dịch vụ công bị lỗi", "bao lâu thì sửa xong")]
    [InlineData("doi bang lai online dc ko", "phi doi bang het bn tien")]
    [InlineData("doi bang lai online dc ko", "le phi bao nhieu")]
    public Task A_follow_up_asking_a_figure_is_not_answered_by_a_related_item_stating_none(string first, string then) =>
        new TestFlow(ShippedContent.Root())
            .Send(first)
            .AssertReply(_ => { })
            .AssertFeedbackPrompt()
            .Send(then)
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.Null(t.ContentId))
            .StartTestAsync();
}
