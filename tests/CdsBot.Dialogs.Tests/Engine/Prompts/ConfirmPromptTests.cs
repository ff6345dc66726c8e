using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine.Prompts;

namespace CdsBot.Dialogs.Tests.Engine.Prompts;

public sealed class ConfirmPromptTests
{
    private static readonly PromptOptions Options = new() { Prompt = "Gửi nhé?", RetryPrompt = "Chọn Có hoặc Không." };

    [Theory]
    [InlineData("có", "True")]
    [InlineData("Co", "True")]
    [InlineData("ok", "True")]
    [InlineData("đồng ý", "True")]
    [InlineData("dc", "True")]
    [InlineData("vâng ạ", "True")]
    [InlineData("không", "False")]
    [InlineData("ko", "False")]
    [InlineData("k", "False")]
    [InlineData("thôi", "False")]
    public async Task Understands_how_citizens_say_yes_and_no(string typed, string expected) =>
        await PromptScripts.Ask(new ConfirmPrompt("p"), Options)
            .Send("bắt đầu").AssertReply(reply =>
            {
                Assert.Equal("Gửi nhé?", reply.Text);
                Assert.Equal(["Có", "Không"], reply.QuickReplies.Select(q => q.Title));
            })
            .Send(typed).AssertReply($"kết quả: {expected}")
            .StartTestAsync();

    [Fact]
    public async Task Quick_reply_payloads_answer_it() =>
        await PromptScripts.Ask(new ConfirmPrompt("p"), Options)
            .Send("bắt đầu").AssertReply(_ => { })
            .SendPayload(ConfirmPrompt.NoPayload).AssertReply("kết quả: False")
            .StartTestAsync();

    [Fact]
    public async Task Anything_else_is_asked_again() =>
        await PromptScripts.Ask(new ConfirmPrompt("p"), Options)
            .Send("bắt đầu").AssertReply(_ => { })
            .Send("để tôi nghĩ").AssertReply(reply =>
            {
                Assert.Equal("Chọn Có hoặc Không.", reply.Text);
                Assert.Equal(new QuickReply("Có", ConfirmPrompt.YesPayload), reply.QuickReplies[0]);
            })
            .Send("có").AssertReply("kết quả: True")
            .StartTestAsync();
}
