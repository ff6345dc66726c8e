using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Flows.Guides;
using CdsBot.Dialogs.Tests.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Guides;

/// <summary>Step-by-step guides over the shipped content/guides: walking, branching, going back, leaving and resuming.</summary>
public sealed class GuideFlowTests
{
    private static readonly Guide VneidLevel2 = ShippedContent.Set.FindGuide("kich-hoat-vneid-muc-2")!;

    public static TheoryData<string> ShippedGuides() => [.. ShippedContent.Set.Guides.Select(g => g.Id)];

    private static IReadOnlyList<string> Titles(OutboundActivity reply) => [.. reply.QuickReplies.Select(q => q.Title)];

    private static string StepText(string stepId) => VneidLevel2.FindStep(stepId)!.Text;

    [Fact]
    public async Task The_menu_offers_the_guides_and_lists_them()
    {
        Assert.Equal(8, ShippedContent.Set.Guides.Count);
        await new TestFlow(ShippedContent.Root())
            .Send("menu").AssertReply(reply => Assert.Equal(["Hướng dẫn từng bước", "Học kỹ năng số", "Gặp cán bộ"], Titles(reply).TakeLast(3)))
            .SendPayload(GuidePayloads.List).AssertReply(reply =>
            {
                Assert.Equal(GuideTexts.List, reply.Text);
                Assert.Equal(ShippedContent.Set.Guides.Select(g => g.MenuTitle), Titles(reply).Take(8));
                Assert.All(reply.QuickReplies.Take(8), q => Assert.StartsWith(GuidePayloads.StartPrefix, q.Payload, StringComparison.Ordinal));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_guide_walks_step_by_step_branches_and_goes_back() =>
        await new TestFlow(ShippedContent.Root())
            .SendPayload(GuidePayloads.Start("kich-hoat-vneid-muc-2")).AssertReply(reply =>
            {
                Assert.Equal($"{VneidLevel2.Title}\n\n{StepText("muc-2-la-gi")}", reply.Text);
                Assert.Equal(["Tiếp", "Gặp cán bộ", "Thoát"], Titles(reply));
            })
            .AssertTrace(t => Assert.Equal("guide", t.Intent))
            .Send("tiếp").AssertReply(reply =>
            {
                Assert.Equal(StepText("co-the-chip"), reply.Text);
                Assert.Equal(["Đã có", "Chưa có", "Quay lại", "Gặp cán bộ", "Thoát"], Titles(reply));
            })
            .Send("chua co").AssertReply(reply => Assert.Equal(StepText("chua-co-the"), reply.Text))
            .SendPayload(GuidePayloads.Back).AssertReply(reply => Assert.Equal(StepText("co-the-chip"), reply.Text))
            .SendPayload(GuidePayloads.GoPrefix + "den-cong-an").AssertReply(reply => Assert.Equal(StepText("den-cong-an"), reply.Text))
            .SendPayload(GuidePayloads.Next).AssertReply(reply => Assert.Equal(StepText("xong"), reply.Text))
            .AssertReply(reply =>
            {
                Assert.StartsWith("Nguồn: Nghị định 69/2024/NĐ-CP", reply.Text, StringComparison.Ordinal);
                Assert.EndsWith(GuideTexts.Done, reply.Text, StringComparison.Ordinal);
                Assert.Equal(["Hướng dẫn khác", "Gặp cán bộ", "Menu chính"], Titles(reply));
            })
            .AssertTrace(t => Assert.Equal("guide_done", t.Intent))
            .StartTestAsync();

    [Theory]
    [MemberData(nameof(ShippedGuides))]
    public async Task Every_shipped_guide_runs_to_its_end_by_its_first_answers_and_by_a_branch(string guideId)
    {
        var guide = ShippedContent.Set.FindGuide(guideId)!;
        await Walk(guide, branch: 0);
        if (guide.Steps.Any(s => s.Choices.Count > 1))
        {
            await Walk(guide, branch: 1);
        }
    }

    /// <summary>Presses "Tiếp" or, at each branch, answer <paramref name="branch"/> (else the first), until the guide ends.</summary>
    private static async Task Walk(Guide guide, int branch)
    {
        var flow = new TestFlow(ShippedContent.Root()).SendPayload(GuidePayloads.Start(guide.Id));
        var step = guide.Steps[0];
        for (var shown = 0; shown < guide.Steps.Count; shown++)
        {
            var expected = step.Text;
            var next = step.Choices.Count > 0 ? guide.FindStep(step.Choices[Math.Min(branch, step.Choices.Count - 1)].Next) : guide.NextOf(step);
            flow.AssertReply(reply => Assert.EndsWith(expected, reply.Text, StringComparison.Ordinal));
            if (next is null)
            {
                flow.AssertReply(reply => Assert.EndsWith(GuideTexts.Done, reply.Text, StringComparison.Ordinal))
                    .AssertTrace(t => Assert.Equal("guide_done", t.Intent));
                await flow.StartTestAsync();
                return;
            }

            flow.SendPayload(step.Choices.Count > 0 ? GuidePayloads.GoPrefix + next.Id : GuidePayloads.Next);
            step = next;
        }

        Assert.Fail($"Guide '{guide.Id}' did not end within {guide.Steps.Count} steps.");
    }

    [Fact]
    public async Task A_guide_left_resumes_with_tiep_tuc_at_the_step_reached() =>
        await new TestFlow(ShippedContent.Root())
            .SendPayload(GuidePayloads.Start("kich-hoat-vneid-muc-2")).AssertReply(_ => { })
            .Send("tiep").AssertReply(reply => Assert.Equal(StepText("co-the-chip"), reply.Text))
            .SendPayload(GuidePayloads.Exit).AssertReply(reply => Assert.Equal(GuideTexts.Left, reply.Text))
            .AssertTrace(t => Assert.Equal("guide_left", t.Intent))
            .Send("tiếp tục").AssertReply(reply =>
            {
                Assert.Equal(StepText("co-the-chip"), reply.Text);
                Assert.Contains("Quay lại", Titles(reply));
            })
            // "thoát" or "hủy" typed is the global cancel: it leaves the guide too, and the place is kept.
            .Send("thoát").AssertReplyContains("đã hủy")
            .Send("lam tiep").AssertReply(reply => Assert.Equal(StepText("co-the-chip"), reply.Text))
            .StartTestAsync();

    [Fact]
    public async Task A_question_typed_in_a_guide_is_answered_and_the_guide_waits() =>
        await new TestFlow(ShippedContent.Root())
            .SendPayload(GuidePayloads.Start("kich-hoat-vneid-muc-2")).AssertReply(_ => { })
            .Send("ngày chuyển đổi số quốc gia là ngày nào").AssertReplyContains("10/10").AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("faq", t.Intent))
            .Send("tiep tuc").AssertReply(reply => Assert.EndsWith(StepText("muc-2-la-gi"), reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

    [Fact]
    public async Task Another_flows_button_in_a_guide_starts_that_flow() =>
        await new TestFlow(ShippedContent.Root())
            .SendPayload(GuidePayloads.Start("kich-hoat-vneid-muc-2")).AssertReply(_ => { })
            .SendPayload(Payloads.Handoff).AssertReplyContains("nội dung cần cán bộ hỗ trợ")
            .AssertTrace(t => Assert.Equal("handoff", t.Intent))
            .StartTestAsync();

    [Fact]
    public async Task An_old_branch_button_pressed_again_keeps_the_current_step() =>
        await new TestFlow(ShippedContent.Root())
            .SendPayload(GuidePayloads.Start("kich-hoat-vneid-muc-2")).AssertReply(_ => { })
            .SendPayload(GuidePayloads.GoPrefix + "den-cong-an").AssertReply(reply => Assert.Equal(GuideTexts.ChooseAnAnswer, reply.Text))
            .AssertReply(reply => Assert.EndsWith(StepText("muc-2-la-gi"), reply.Text, StringComparison.Ordinal))
            .StartTestAsync();

    [Fact]
    public async Task Tiep_tuc_with_no_guide_open_or_after_the_resume_limit_lists_the_guides()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        var flow = new TestFlow(ShippedContent.Root(time));
        await flow
            .Send("tiếp tục").AssertReply(reply => Assert.Equal(GuideTexts.NothingToResume, reply.Text))
            .SendPayload(GuidePayloads.Start("kich-hoat-vneid-muc-2")).AssertReply(_ => { })
            .Send("thoat").AssertReply(_ => { })
            .StartTestAsync();

        time.Advance(TimeSpan.FromDays(31));
        await new TestFlow(ShippedContent.Root(time), flow.Store)
            .Send("tiếp tục").AssertReply(reply => Assert.Equal(GuideTexts.NothingToResume, reply.Text))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("làm sao kích hoạt vneid mức 2")]
    [InlineData("kich hoat vneid muc 2 o dau")]
    public async Task An_answer_to_a_question_a_guide_covers_offers_the_guide(string question) =>
        await new TestFlow(ShippedContent.Root())
            .Send(question).AssertReply(_ => { }).AssertFeedbackPrompt(reply =>
            {
                Assert.StartsWith(GuideTexts.Offer(VneidLevel2), reply.Text, StringComparison.Ordinal);
                Assert.Equal(new QuickReply("VNeID mức 2", GuidePayloads.Start("kich-hoat-vneid-muc-2")), reply.QuickReplies[2]);
            })
            .StartTestAsync();

    [Fact]
    public async Task An_answer_no_guide_covers_offers_none() =>
        await new TestFlow(ShippedContent.Root())
            .Send("ngày chuyển đổi số quốc gia là ngày nào").AssertReply(_ => { }).AssertFeedbackPrompt(reply =>
            {
                Assert.Equal(AnswerQuestion, reply.Text);
                Assert.DoesNotContain(reply.QuickReplies, q => q.Payload.StartsWith(GuidePayloads.StartPrefix, StringComparison.Ordinal));
            })
            .StartTestAsync();

    private const string AnswerQuestion = CdsBot.Dialogs.Flows.Faq.FaqResponder.FeedbackQuestion;
}
