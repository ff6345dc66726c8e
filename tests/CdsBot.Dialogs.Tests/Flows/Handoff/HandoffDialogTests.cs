using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Handoff;

public sealed class HandoffDialogTests
{
    private readonly RecordingHandoffDesk _desk = new();

    [Fact]
    public async Task Asks_what_is_needed_confirms_and_files_one_request()
    {
        await new TestFlow(SampleContent.Root(_desk))
            .SendPayload(Payloads.Handoff).AssertReplyContains("nội dung cần cán bộ hỗ trợ")
            .Send("ok").AssertReplyContains("mô tả rõ hơn")
            .Send("Tôi cần hỗ trợ cài VNeID cho mẹ").AssertReplyContains("xác nhận gửi")
            .Send("có").AssertReplyContains("đã được chuyển tới cán bộ")
            .StartTestAsync();

        var request = Assert.Single(_desk.Requests);
        Assert.Equal("Tôi cần hỗ trợ cài VNeID cho mẹ", request.Message);
        Assert.Equal("c1", request.ConversationId);
    }

    [Fact]
    public async Task While_staff_have_the_conversation_the_bot_stays_quiet_and_passes_messages_on()
    {
        await new TestFlow(SampleContent.Root(_desk))
            .SendPayload(Payloads.Handoff).AssertReplyContains("nội dung cần cán bộ hỗ trợ")
            .Send("Tôi cần hỗ trợ cài VNeID cho mẹ").AssertReplyContains("xác nhận gửi")
            .Send("có").AssertReplyContains("đã được chuyển tới cán bộ")
            .Send("ngày 10 tháng 10 là ngày gì").AssertNoReply()
            .AssertTrace(t => Assert.Equal("handoff_open", t.Intent))
            .Send("menu").AssertReplyContains("quay lại với trợ lý ảo")
            .Send("ngày 10 tháng 10 là ngày gì").AssertReplyContains("Ngày Chuyển đổi số quốc gia").AssertFeedbackPrompt()
            .StartTestAsync();

        Assert.Equal([(0L, "ngày 10 tháng 10 là ngày gì")], _desk.Appended);
        Assert.Contains(0L, _desk.Closed);
    }

    [Fact]
    public async Task Saying_no_at_the_confirmation_files_nothing()
    {
        await new TestFlow(SampleContent.Root(_desk))
            .Send("cho tôi gặp cán bộ").AssertReplyContains("nội dung cần cán bộ hỗ trợ")
            .Send("hỏi về khai sinh cho con").AssertReplyContains("xác nhận gửi")
            .Send("không").AssertReplyContains("đã hủy yêu cầu")
            .StartTestAsync();

        Assert.Empty(_desk.Requests);
    }

    [Fact]
    public async Task A_question_about_meeting_strangers_online_is_answered_not_handed_to_staff() =>
        await new TestFlow(ShippedContent.Root())
            .Send("thằng cu nhà e 9 tuổi suốt ngày coi youtube trên dt, lo nó gặp người xấu, phụ huynh làm sao quản")
            .AssertReply(_ => { }).AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("faq", "tre-em-an-toan-mang"), (t.Intent, t.ContentId)))
            .StartTestAsync();
}
