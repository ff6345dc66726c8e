using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// A citizen often tells the situation in the same message as the question ("ông nội em mới mất, làm khai tử trên mạng được
/// không"): the story does not weaken the question when the item the whole message ranks first answers the asking part alone.
/// </summary>
public sealed class StoryAroundQuestionTests
{
    [Theory]
    [InlineData("ong ngoai ban minh vua mat, gia dinh muon lam khai tu tren mang co dc ko", "khai-tu-lien-thong")]
    [InlineData("ong noi nha e moi mat, lam giay bao tu tren mang dc ko ad", "khai-tu-lien-thong")]
    [InlineData("đi làm giấy tờ quên mang thẻ căn cước, đưa cái căn cước trên điện thoại ra có được không", "dvc-can-cuoc-dien-tu")]
    [InlineData("Đường ngõ nhà tôi hỏng cả năm nay, muốn gửi ý kiến lên chính quyền qua điện thoại cho nhanh thì có cách nào không?", "dvc-phan-anh-kien-nghi")]
    [InlineData("Mẹ tôi mất hôm kia, làm giấy khai tử có làm trên mạng được không hay phải ra xã, nhà tôi xa lắm", "khai-tu-lien-thong")] // "được không hay …" asks
    [InlineData("me toi mat hom kia, lam giay khai tu tren mang dc ko hay phai ra xa, nha toi xa lam", "khai-tu-lien-thong")]
    [InlineData("toi nop ho so tren cong dvc may lan deu bao loi, bam nop cu quay vong vong roi dung. buc minh qua, rua gio tinh rang", "dvc-loi-khi-nop")] // the story after the question
    public Task The_question_told_with_a_story_is_answered(string message, string item) => AnsweredWith(message, item);

    [Theory]
    [InlineData("Trà Vinh phấn đấu bao nhiêu doanh nghiệp nhỏ và vừa dùng nền tảng số?", "tra-vinh-muc-tieu-doanh-nghiep")] // a share of them: stated as "30% … doanh nghiệp"
    public Task An_items_own_question_asking_how_many_is_answered_by_it(string message, string item) => AnsweredWith(message, item);

    [Theory]
    [InlineData("cài vneid ở đâu", "vneid-cai-dat", "mẹ tôi không hay dùng điện thoại")] // "hay": often, not "or"
    public Task A_told_case_with_often_is_no_question_of_its_own(string first, string item, string then) =>
        new TestFlow(ShippedContent.Root())
            .Send(first).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(item, t.ContentId))
            .Send(then).AssertReplies(_ => { })
            .AssertTrace(t => Assert.Equal(("faq", item), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Theory]
    [InlineData("wifi nha e cham rua, lam sao cho manh hon")] // the subject is in the story: not a strong password
    [InlineData("Nộp phạt vi phạm giao thông online ở đâu, bác em bị phạt nguội")] // no item is about traffic fines
    [InlineData("Quyết định 06/QĐ-TTg về Đề án 06 phát triển dữ liệu dân cư, định danh điện tử có nội dung gì?")]
    public Task A_question_whose_subject_the_whole_message_fits_poorly_is_not_answered_from_its_asking_part(string message) =>
        new TestFlow(ShippedContent.Root())
            .Send(message).AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("faq", t.Intent))
            .StartTestAsync();

    private static Task AnsweredWith(string message, string item) =>
        new TestFlow(ShippedContent.Root())
            .Send(message).AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", item), (t.Intent, t.ContentId)))
            .StartTestAsync();
}
