using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine.Prompts;

namespace CdsBot.Dialogs.Tests.Engine.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly PromptOptions Options = new()
    {
        Prompt = "Anh/Chị ở tỉnh nào?",
        RetryPrompt = "Anh/Chị chọn một tỉnh trong danh sách nhé.",
        Choices =
        [
            new Choice { Title = "Trà Vinh", Value = "tra-vinh" },
            new Choice { Title = "Lào Cai", Value = "lao-cai", Synonyms = ["LC"] },
            new Choice { Title = "Thái Bình", Value = "thai-binh" },
        ],
    };

    [Fact]
    public async Task Shows_the_choices_as_quick_replies() =>
        await PromptScripts.Ask(new ChoicePrompt("p"), Options)
            .Send("bắt đầu").AssertReply(reply =>
            {
                Assert.Equal("Anh/Chị ở tỉnh nào?", reply.Text);
                Assert.Equal([new QuickReply("Trà Vinh", "tra-vinh"), new QuickReply("Lào Cai", "lao-cai"), new QuickReply("Thái Bình", "thai-binh")], reply.QuickReplies);
            })
            .Send("x").AssertReplyContains("chọn một tỉnh")
            .Send("1").AssertReply("kết quả: tra-vinh")
            .StartTestAsync();

    [Theory]
    [InlineData("Lào Cai")]
    [InlineData("lao cai")]
    [InlineData("LÀO CAI!")]
    [InlineData("2")]
    [InlineData("lc")]
    public async Task Recognizes_typed_titles_numbers_and_synonyms(string typed) =>
        await PromptScripts.Ask(new ChoicePrompt("p"), Options)
            .Send("bắt đầu").AssertReplyContains("tỉnh nào")
            .Send(typed).AssertReply("kết quả: lao-cai")
            .StartTestAsync();

    [Fact]
    public async Task A_pressed_quick_reply_is_matched_by_payload_not_title() =>
        await PromptScripts.Ask(new ChoicePrompt("p"), Options)
            .Send("bắt đầu").AssertReplyContains("tỉnh nào")
            .SendPayload("thai-binh").AssertReply("kết quả: thai-binh")
            .StartTestAsync();

    [Fact]
    public async Task An_unknown_answer_is_retried() =>
        await PromptScripts.Ask(new ChoicePrompt("p"), Options)
            .Send("bắt đầu").AssertReplyContains("tỉnh nào")
            .Send("Hà Nội").AssertReply("Anh/Chị chọn một tỉnh trong danh sách nhé.")
            .Send("4").AssertReply("Anh/Chị chọn một tỉnh trong danh sách nhé.")
            .Send("3").AssertReply("kết quả: thai-binh")
            .StartTestAsync();
}
