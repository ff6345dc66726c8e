using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

/// <summary>
/// A question asking how far something has come is not answered by an item stating only what a plan aims at: the
/// items are offered instead.
/// </summary>
public sealed class AskedProgressTests
{
    [Theory]
    [InlineData("Bến Tre hiện đã có bao nhiêu phần trăm dịch vụ công lên mức độ 4 rồi", true)]
    [InlineData("thai binh den nay co bao nhieu xa dat chuan roi", true)]
    [InlineData("kinh tế số năm 2024 đạt được bao nhiêu phần trăm", true)]
    [InlineData("Bến Tre đặt mục tiêu bao nhiêu phần trăm dịch vụ công mức độ 4", false)] // the target itself
    [InlineData("nộp rồi thì bao lâu có kết quả", false)] // how long, not how far
    [InlineData("hiện nay có những dịch vụ công nào", false)] // no number asked
    public void How_far_it_has_come_is_a_number_asked_of_what_is_reached(string question, bool asked) =>
        Assert.Equal(asked, AskedProgress.In(VietnameseTokenizer.Analyze(question)));

    [Theory]
    [InlineData("Mục tiêu đến năm 2030: kinh tế số đạt tối thiểu 30% GDP.", true)]
    [InlineData("Công văn yêu cầu tuyên truyền kế hoạch chuyển 100% dịch vụ công lên mức độ 4.", true)]
    [InlineData("Đến nay tỉnh đã đạt 80% mục tiêu.", false)] // says what is reached
    [InlineData("Anh/Chị nộp hồ sơ trên Cổng Dịch vụ công quốc gia.", false)] // no target
    public void An_answer_states_only_targets_when_it_aims_and_reaches_nothing(string answer, bool only) =>
        Assert.Equal(only, AskedProgress.OnlyTargetsIn(answer));

    [Fact]
    public async Task How_far_it_has_come_is_not_answered_by_the_target() =>
        await new TestFlow(ShippedContent.Root())
            .Send("Bến Tre hiện đã có bao nhiêu phần trăm dịch vụ công lên mức độ 4 rồi").AssertReplies(_ => { })
            .AssertTrace(t => Assert.Null(t.ContentId))
            .StartTestAsync();

    [Fact]
    public async Task The_target_asked_is_answered() =>
        await new TestFlow(ShippedContent.Root())
            .Send("Bến Tre đặt mục tiêu bao nhiêu phần trăm dịch vụ công lên mức độ 4").AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "ben-tre-dich-vu-cong-muc-do-4"), (t.Intent, t.ContentId)))
            .StartTestAsync();
}
