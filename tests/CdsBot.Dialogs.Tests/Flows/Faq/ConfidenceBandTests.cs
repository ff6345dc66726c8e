using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Faq;

public sealed class ConfidenceBandTests
{
    private readonly RecordingQuestionLog _log = new();

    private TestFlow Flow() => new(SampleContent.Root(new RecordingHandoffDesk(), log: _log));

    [Fact]
    public async Task Above_the_upper_threshold_the_item_is_answered_and_nothing_is_filed()
    {
        await Flow()
            .Send("ngày chuyển đổi số quốc gia là ngày nào").AssertReplyContains("10/10").AssertFeedbackPrompt()
            .AssertTrace(t =>
            {
                Assert.Equal("faq", t.Intent);
                Assert.True(t.Score >= 0.6);
            })
            .StartTestAsync();

        Assert.Empty(_log.Unanswered);
    }

    [Fact]
    public async Task In_the_middle_band_the_best_questions_are_offered_and_the_question_is_filed_as_suggested()
    {
        await Flow()
            .Send("quyết định ngày quốc gia").AssertReply(reply =>
            {
                Assert.Equal("Có phải Anh/Chị muốn hỏi một trong các câu sau?", reply.Text);
                Assert.Equal(Payloads.Faq("ngay-cds"), reply.QuickReplies[0].Payload);
                Assert.Equal(Payloads.Menu, reply.QuickReplies[^1].Payload);
            })
            .AssertTrace(t =>
            {
                Assert.Equal("faq_suggest", t.Intent);
                Assert.Null(t.ContentId);
                Assert.True(t.Score < new RetrievalOptions().AnswerThreshold, $"score {t.Score}");
            })
            .StartTestAsync();

        var filed = Assert.Single(_log.Unanswered);
        Assert.Equal(("suggested", "ngay-cds"), (filed.Band, filed.BestItemId));
    }

    [Fact]
    public async Task Below_the_lower_threshold_the_bot_says_so_offers_the_menu_and_files_the_question()
    {
        await Flow()
            .Send("cách nấu canh chua cá lóc").AssertReplyContains("chưa hiểu câu hỏi này")
            .AssertTrace(t =>
            {
                Assert.Equal("fallback", t.Intent);
                Assert.Null(t.ContentId);
            })
            .StartTestAsync();

        var filed = Assert.Single(_log.Unanswered);
        Assert.Equal(("declined", "cách nấu canh chua cá lóc", "test", "c1"), (filed.Band, filed.Text, filed.Channel, filed.ConversationId));
    }

    [Fact]
    public async Task Pressing_helpful_or_not_records_one_vote_per_conversation_and_item_the_last_counting()
    {
        await Flow()
            .Send("ngày 10 tháng 10 là ngày gì").AssertReplyContains("10/10").AssertFeedbackPrompt()
            .SendPayload(Payloads.HelpfulPrefix + "ngay-cds").AssertReplyContains("Cảm ơn Anh/Chị đã đánh giá")
            .SendPayload(Payloads.UnhelpfulPrefix + "ngay-cds").AssertReplyContains("Cán bộ sẽ xem lại")
            .AssertTrace(t => Assert.Equal("feedback", t.Intent))
            .StartTestAsync();

        var vote = Assert.Single(_log.Feedback);
        Assert.Equal(("ngay-cds", false), (vote.ItemId, vote.Helpful));
    }

    [Fact]
    public async Task Feedback_on_an_unknown_item_records_nothing()
    {
        await Flow().SendPayload(Payloads.HelpfulPrefix + "no-such-item").AssertReply(_ => { }).StartTestAsync();
        Assert.Empty(_log.Feedback);
    }

    [Fact]
    public async Task On_a_near_tie_the_bot_asks_which_item_is_meant_instead_of_answering()
    {
        var content = new CdsBot.Dialogs.Content.ContentSet(
            [new CdsBot.Dialogs.Content.Topic("dvc", "Dịch vụ công", "Dịch vụ công:")],
            [],
            [
                new CdsBot.Dialogs.Content.FaqItem { Id = "cap-lai", Topic = "dvc", Question = "Thủ tục cấp lại giấy khai sinh bị hư hỏng?", Variants = ["cấp lại giấy khai sinh"], Answer = "Nộp tờ khai cấp lại tại UBND xã." },
                new CdsBot.Dialogs.Content.FaqItem { Id = "mat", Topic = "dvc", Question = "Mất giấy khai sinh thì làm lại thế nào?", Variants = ["làm lại giấy khai sinh"], Answer = "Xin cấp bản sao trích lục khai sinh." },
                new CdsBot.Dialogs.Content.FaqItem { Id = "vneid", Topic = "dvc", Question = "VNeID là gì?", Answer = "Ứng dụng định danh điện tử." },
            ]);
        var flow = new TestFlow(SampleContent.Root(new RecordingHandoffDesk(), SampleContent.Catalog(content), _log));
        await flow
            .Send("giấy khai sinh").AssertReply(reply =>
            {
                Assert.Equal("Câu hỏi của Anh/Chị gần với vài nội dung dưới đây. Anh/Chị muốn hỏi nội dung nào ạ?", reply.Text);
                Assert.Equal(["FAQ:cap-lai", "FAQ:mat"], reply.QuickReplies.Take(2).Select(q => q.Payload).Order());
                Assert.Equal(Payloads.Menu, reply.QuickReplies[^1].Payload);
            })
            .AssertTrace(t => Assert.Equal(("faq_clarify", (string?)null), (t.Intent, t.ContentId)))
            .StartTestAsync();

        Assert.Equal("clarified", Assert.Single(_log.Unanswered).Band);
    }
}
