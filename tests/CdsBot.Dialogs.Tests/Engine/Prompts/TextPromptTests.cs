using CdsBot.Dialogs.Engine.Prompts;

namespace CdsBot.Dialogs.Tests.Engine.Prompts;

public sealed class TextPromptTests
{
    [Fact]
    public async Task Returns_the_trimmed_text() =>
        await PromptScripts.Ask(new TextPrompt("p"), new PromptOptions { Prompt = "Tên?" })
            .Send("bắt đầu").AssertReply("Tên?")
            .Send("  Nguyễn Văn A  ").AssertReply("kết quả: Nguyễn Văn A")
            .StartTestAsync();

    [Fact]
    public async Task A_validator_that_refuses_makes_it_ask_again_with_the_retry_prompt() =>
        await PromptScripts.Ask(
                new TextPrompt("p", (ctx, _) => Task.FromResult(ctx.Recognized.Value!.Length >= 3)),
                new PromptOptions { Prompt = "Tên?", RetryPrompt = "Tên cần ít nhất 3 ký tự." })
            .Send("bắt đầu").AssertReply("Tên?")
            .Send("A").AssertReply("Tên cần ít nhất 3 ký tự.")
            .Send("Lan Anh").AssertReply("kết quả: Lan Anh")
            .StartTestAsync();

    [Fact]
    public async Task Gives_up_with_null_after_max_attempts() =>
        await PromptScripts.Ask(
                new TextPrompt("p", (_, _) => Task.FromResult(false)),
                new PromptOptions { Prompt = "Tên?", MaxAttempts = 2 })
            .Send("bắt đầu").AssertReply("Tên?")
            .Send("a").AssertReply("Tên?")
            .Send("b").AssertReply("bỏ cuộc")
            .StartTestAsync();

    [Fact]
    public async Task The_validator_sees_the_attempt_count()
    {
        var seen = new List<int>();
        await PromptScripts.Ask(
                new TextPrompt("p", (ctx, _) =>
                {
                    seen.Add(ctx.AttemptCount);
                    return Task.FromResult(ctx.AttemptCount == 3);
                }),
                new PromptOptions { Prompt = "?", MaxAttempts = 5 })
            .Send("bắt đầu").AssertReply("?")
            .Send("1").AssertReply("?")
            .Send("2").AssertReply("?")
            .Send("3").AssertReply("kết quả: 3")
            .StartTestAsync();

        Assert.Equal([1, 2, 3], seen);
    }
}
