using CdsBot.Dialogs.Engine.Prompts;

namespace CdsBot.Dialogs.Tests.Engine.Prompts;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("70", "70")]
    [InlineData("bà tôi 70 tuổi", "70")]
    [InlineData("1,5", "1.5")]
    [InlineData("1.000.000 đồng", "1000000")]
    public async Task Reads_the_first_number_in_the_answer(string typed, string expected) =>
        await PromptScripts.Ask(new NumberPrompt("p"), new PromptOptions { Prompt = "Bao nhiêu?" })
            .Send("bắt đầu").AssertReply("Bao nhiêu?")
            .Send(typed).AssertReply($"kết quả: {expected}")
            .StartTestAsync();

    [Fact]
    public async Task A_validator_can_bound_the_number() =>
        await PromptScripts.Ask(
                new NumberPrompt("p", (ctx, _) => Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value is > 0 and < 130)),
                new PromptOptions { Prompt = "Tuổi?", RetryPrompt = "Tuổi từ 1 đến 129." })
            .Send("bắt đầu").AssertReply("Tuổi?")
            .Send("không biết").AssertReply("Tuổi từ 1 đến 129.")
            .Send("200").AssertReply("Tuổi từ 1 đến 129.")
            .Send("65").AssertReply("kết quả: 65")
            .StartTestAsync();
}
