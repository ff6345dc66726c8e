using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Root;

public sealed class RootDialogTests
{
    private readonly RecordingHandoffDesk _desk = new();

    private TestFlow Flow() => new(SampleContent.Root(_desk));

    private static void IsMainMenu(OutboundActivity reply) =>
        Assert.Equal(["Nghị quyết – văn bản", "Ngày Chuyển đổi số 10/10", "Gặp cán bộ"], reply.QuickReplies.Select(q => q.Title));

    [Theory]
    [InlineData("xin chào")]
    [InlineData("Xin chào!")]
    [InlineData("chao ad")]
    [InlineData("hi")]
    [InlineData("chào cán bộ")] // whom the citizen addresses
    [InlineData("xin chào cán bộ ạ")]
    [InlineData("chào cô")]
    [InlineData("chao moi nguoi")]
    public async Task A_greeting_gets_the_welcome_and_the_main_menu(string greeting) =>
        await Flow()
            .Send(greeting).AssertReply(reply =>
            {
                Assert.StartsWith("Xin chào Anh/Chị!", reply.Text, StringComparison.Ordinal);
                IsMainMenu(reply);
            })
            .AssertTrace(t => Assert.Equal("greeting", t.Intent))
            .StartTestAsync();

    [Fact]
    public async Task A_greeting_with_a_question_is_answered_as_a_question() =>
        await Flow()
            .Send("chào ad, ngày 10 tháng 10 là ngày gì").AssertReplyContains("Ngày Chuyển đổi số quốc gia").AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("ngay-cds", t.ContentId))
            .StartTestAsync();

    [Fact]
    public async Task A_known_question_is_answered_with_its_source_and_follow_ups() =>
        await Flow()
            .Send("ngay 10 thang 10 la ngay gi").AssertReply(reply =>
            {
                Assert.Contains("Ngày 10/10 hằng năm", reply.Text, StringComparison.Ordinal);
                Assert.Contains("Nguồn: Quyết định 505/QĐ-TTg ngày 22/04/2022 của Thủ tướng Chính phủ.", reply.Text, StringComparison.Ordinal);
                Assert.Contains("https://example.gov.vn/505", reply.Text, StringComparison.Ordinal);
            })
            .AssertFeedbackPrompt(reply => Assert.Equal(new QuickReply("Nghị quyết 57-NQ/TW ban hành ngày nào?", Payloads.Faq("nq57")), reply.QuickReplies[2]))
            .AssertTrace(t =>
            {
                Assert.Equal("faq", t.Intent);
                Assert.Equal("ngay-cds", t.ContentId);
                Assert.NotNull(t.Score);
            })
            .StartTestAsync();

    [Fact]
    public async Task A_question_out_of_scope_is_declined_plainly_with_the_menu() =>
        await Flow()
            .Send("giá cà phê hôm nay").AssertReply(reply =>
            {
                Assert.StartsWith("Xin lỗi Anh/Chị, tôi chưa hiểu", reply.Text, StringComparison.Ordinal);
                IsMainMenu(reply);
            })
            .AssertTrace(t =>
            {
                Assert.Equal("fallback", t.Intent);
                Assert.Null(t.ContentId);
            })
            .StartTestAsync();

    [Fact]
    public async Task A_draft_item_is_never_answered() =>
        await Flow()
            .Send("kế hoạch thử nghiệm").AssertReply(_ => { })
            .AssertTrace(t => Assert.NotEqual("nhap", t.ContentId))
            .StartTestAsync();

    [Fact]
    public async Task A_topic_payload_lists_the_topics_answerable_items() =>
        await Flow()
            .SendPayload(Payloads.Topic("van-ban")).AssertReply(reply =>
            {
                Assert.Equal("Các văn bản:", reply.Text);
                Assert.Equal([Payloads.Faq("nq57"), Payloads.Menu], reply.QuickReplies.Select(q => q.Payload));
            })
            .SendPayload(Payloads.Faq("nq57")).AssertReplyContains("22/12/2024").AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal("nq57", t.ContentId))
            .StartTestAsync();

    [Fact]
    public async Task A_pressed_button_is_routed_by_its_payload_even_when_its_title_is_a_command() =>
        await Flow()
            .Send(new InboundActivity { Channel = "test", ConversationId = "c1", UserId = "u1", Text = "Menu chính", Payload = Payloads.Topic("van-ban") })
            .AssertReply(reply => Assert.Equal("Các văn bản:", reply.Text))
            .StartTestAsync();

    [Fact]
    public async Task A_payload_returned_as_text_is_routed_like_a_payload() =>
        await Flow()
            .Send(Payloads.Faq("nq57")).AssertReplyContains("22/12/2024").AssertFeedbackPrompt()
            .StartTestAsync();

    [Theory]
    [InlineData("menu")]
    [InlineData("Menu")]
    [InlineData("trợ giúp")]
    [InlineData("tro giup")]
    [InlineData("hủy")]
    [InlineData("huy")]
    public async Task Global_commands_work_in_the_middle_of_a_flow(string command) =>
        await Flow()
            .SendPayload(Payloads.Handoff).AssertReplyContains("nội dung cần cán bộ hỗ trợ")
            .Send(command).AssertReply(IsMainMenu)
            .Send("ngày 10 tháng 10 là ngày gì").AssertReplyContains("Ngày Chuyển đổi số quốc gia").AssertFeedbackPrompt()
            .StartTestAsync();

    [Fact]
    public async Task Media_gets_a_polite_text_only_answer_with_the_menu() =>
        await Flow()
            .Send(new InboundActivity { Channel = "test", ConversationId = "c1", UserId = "u1", Attachments = [new InboundAttachment(AttachmentKind.Image, "https://x/y.jpg")] })
            .AssertReply(reply =>
            {
                Assert.Contains("vui lòng nhắn bằng chữ", reply.Text, StringComparison.Ordinal);
                IsMainMenu(reply);
            })
            .StartTestAsync();

    [Fact]
    public async Task Follow_is_welcomed_and_unfollow_gets_no_reply() =>
        await Flow()
            .Send(new InboundActivity { Channel = "test", ConversationId = "c1", UserId = "u1", Kind = ActivityKind.Follow }).AssertReply(IsMainMenu)
            .Send(new InboundActivity { Channel = "test", ConversationId = "c1", UserId = "u1", Kind = ActivityKind.Unfollow }).AssertNoReply()
            .AssertTrace(t => Assert.Equal("unfollow", t.Intent))
            .StartTestAsync();
}
