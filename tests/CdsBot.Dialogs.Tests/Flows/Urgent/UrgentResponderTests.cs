using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Urgent;

public sealed class UrgentResponderTests
{
    private readonly RecordingHandoffDesk _desk = new();

    /// <summary>The sample content plus two scam items, so retrieval has something close to offer instead.</summary>
    private TestFlow Flow()
    {
        var sample = SampleContent.Set();
        var content = new ContentSet(
            [.. sample.Topics, new Topic("ky-nang-so", "Kỹ năng số", "Về kỹ năng số:")],
            sample.Documents,
            [
                .. sample.Items,
                new FaqItem
                {
                    Id = "otp-la-gi", Topic = "ky-nang-so", Question = "Mã OTP là gì, có được đưa cho người khác không?",
                    Variants = ["mã otp là gì", "có nên đưa mã otp cho nhân viên ngân hàng không"], Answer = "Mã OTP là mã dùng một lần.",
                },
                new FaqItem
                {
                    Id = "bi-lua-chuyen-tien", Topic = "ky-nang-so", Question = "Bị lừa chuyển tiền rồi thì phải làm gì?",
                    Variants = ["chuyển nhầm tiền cho kẻ lừa đảo"], Answer = "Gọi tổng đài ngân hàng của mình.",
                },
            ],
            sample.Localities);
        return new TestFlow(SampleContent.Root(_desk, SampleContent.Catalog(content)));
    }

    private static void IsSafetyAnswer(OutboundActivity reply)
    {
        Assert.Matches("Không chuyển (thêm )?tiền", reply.Text);
        Assert.Contains("không đưa mã OTP, mật khẩu", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("tổng đài ngân hàng", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Báo công an nơi gần nhất", reply.Text, StringComparison.Ordinal);
        Assert.Contains("trường hợp khẩn cấp, gọi 113", reply.Text, StringComparison.Ordinal);
        Assert.Contains("gọi miễn phí tổng đài 156, hoặc nhắn tin tới 156 hoặc 5656", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("Nguồn: Nghị định 91/2020/NĐ-CP của Chính phủ.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Có phải Anh/Chị muốn hỏi", reply.Text, StringComparison.Ordinal);
    }

    private static void HasHandoffAndMenu(OutboundActivity reply) =>
        Assert.Equal([new QuickReply("Gặp cán bộ", Payloads.Handoff), new QuickReply("Menu chính", Payloads.Menu)], reply.QuickReplies);

    [Theory]
    [InlineData("người tự xưng bên điện lực bảo chuyển khoản tiền điện không thì cắt điện")]
    [InlineData("tk nh bi hack")]
    [InlineData("có người bảo tôi cài app để nhận tiền hỗ trợ")]
    public async Task An_urgent_message_gets_the_safety_answer_at_once_instead_of_the_faq(string message) =>
        await Flow()
            .Send(message).AssertReply(reply =>
            {
                IsSafetyAnswer(reply);
                HasHandoffAndMenu(reply);
            })
            .AssertNoReply()
            .AssertTrace(t =>
            {
                Assert.Equal("urgent", t.Intent);
                Assert.Null(t.ContentId);
                Assert.Null(t.Score);
            })
            .StartTestAsync();

    [Theory]
    [InlineData("Bị lừa chuyển tiền rồi thì phải làm gì?")]
    [InlineData("bi lua mat tien roi")]
    [InlineData("lỡ chuyển tiền rồi")]
    public async Task When_an_item_answers_the_very_question_confidently_its_answer_follows_the_safety_answer(string message) =>
        await Flow()
            .Send(message).AssertReply(reply =>
            {
                IsSafetyAnswer(reply);
                HasHandoffAndMenu(reply);
            })
            .AssertReplyContains("Gọi tổng đài ngân hàng của mình.").AssertFeedbackPrompt()
            .AssertTrace(t => Assert.Equal(("urgent", "bi-lua-chuyen-tien"), (t.Intent, t.ContentId)))
            .StartTestAsync();

    [Fact]
    public async Task A_scam_in_progress_says_stop_and_money_lost_puts_the_bank_hotline_first() =>
        await Flow()
            .Send("ngân hàng gọi bảo đọc mã OTP").AssertReply(reply =>
                Assert.StartsWith("Anh/Chị hãy dừng lại ngay: đây rất có thể là lừa đảo.", reply.Text, StringComparison.Ordinal))
            .AssertReplyContains("Mã OTP là mã dùng một lần.").AssertFeedbackPrompt()
            .Send("lo ck cho no roi").AssertReply(reply =>
            {
                Assert.StartsWith("Anh/Chị cần làm ngay", reply.Text, StringComparison.Ordinal);
                Assert.True(
                    reply.Text!.IndexOf("tổng đài ngân hàng", StringComparison.Ordinal) < reply.Text.IndexOf("Báo công an", StringComparison.Ordinal),
                    "After a loss the bank hotline comes before the police.");
            })
            .StartTestAsync();

    [Fact]
    public async Task A_general_question_about_otp_still_gets_the_curated_answer() =>
        await Flow()
            .Send("mã OTP là gì").AssertReplyContains("Mã OTP là mã dùng một lần.").AssertFeedbackPrompt()
            .AssertTrace(t =>
            {
                Assert.Equal("faq", t.Intent);
                Assert.Equal("otp-la-gi", t.ContentId);
            })
            .StartTestAsync();

    [Fact]
    public async Task In_the_middle_of_a_prompt_the_safety_answer_cancels_the_flow() =>
        await Flow()
            .Send("đăng ký nhận tin").AssertReplyContains("chủ đề nào")
            .Send("bị lừa mất tiền rồi").AssertReply(reply =>
            {
                IsSafetyAnswer(reply);
                HasHandoffAndMenu(reply);
            })
            .AssertTrace(t => Assert.Equal("urgent", t.Intent))
            .Send("ngày 10 tháng 10 là ngày gì").AssertReplyContains("Ngày Chuyển đổi số quốc gia").AssertFeedbackPrompt()
            .StartTestAsync();

    [Fact]
    public async Task Telling_staff_about_a_scam_gets_the_safety_steps_and_still_files_the_request()
    {
        await Flow()
            .SendPayload(Payloads.Handoff).AssertReplyContains("nội dung cần cán bộ hỗ trợ")
            .Send("tôi bị lừa mất tiền rồi, cần cán bộ giúp").AssertReply(reply =>
            {
                IsSafetyAnswer(reply);
                Assert.Empty(reply.QuickReplies);
            })
            .AssertReplyContains("xác nhận gửi")
            .AssertTrace(t => Assert.Equal("urgent", t.Intent))
            .Send("có").AssertReplyContains("đã được chuyển tới cán bộ")
            .StartTestAsync();

        Assert.Equal("tôi bị lừa mất tiền rồi, cần cán bộ giúp", Assert.Single(_desk.Requests).Message);
    }

    [Fact]
    public async Task A_pressed_button_is_routed_by_its_payload_whatever_its_title() =>
        await Flow()
            .Send(new InboundActivity { Channel = "test", ConversationId = "c1", UserId = "u1", Text = "bị lừa mất tiền", Payload = Payloads.Topic("van-ban") })
            .AssertReply(reply => Assert.Equal("Các văn bản:", reply.Text))
            .AssertTrace(t => Assert.Equal("topic", t.Intent))
            .StartTestAsync();
}
