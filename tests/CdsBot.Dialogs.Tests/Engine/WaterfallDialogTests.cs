using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Engine;

public sealed class WaterfallDialogTests
{
    private static WaterfallDialog Registration() => new("register",
    [
        (step, ct) => step.PromptAsync("name", new PromptOptions { Prompt = "Tên của Anh/Chị?" }, ct),
        (step, ct) =>
        {
            step.SetValue("name", (string)step.Result!);
            return step.PromptAsync("age", new PromptOptions { Prompt = "Anh/Chị bao nhiêu tuổi?", RetryPrompt = "Vui lòng nhập số tuổi." }, ct);
        },
        (step, ct) =>
        {
            var age = (decimal)step.Result!;
            step.Turn.SendText($"{step.GetValue<string>("name")}, {age} tuổi");
            return step.EndAsync(age, ct);
        },
    ]);

    [Fact]
    public async Task Runs_steps_in_order_carrying_values_across_turns() =>
        await new TestFlow(new ScriptedRoot(Registration(), new TextPrompt("name"), new NumberPrompt("age")))
            .Send("bắt đầu").AssertReply("Tên của Anh/Chị?")
            .Send("Lan").AssertReply("Anh/Chị bao nhiêu tuổi?")
            .Send("tôi 70 tuổi").AssertReply("Lan, 70 tuổi")
            .StartTestAsync();

    [Fact]
    public async Task Hands_the_ended_waterfalls_result_to_its_parent()
    {
        var root = new ScriptedRoot(Registration(), new TextPrompt("name"), new NumberPrompt("age"));
        await new TestFlow(root)
            .Send("bắt đầu").AssertReply("Tên của Anh/Chị?")
            .Send("Lan").AssertReply("Anh/Chị bao nhiêu tuổi?")
            .Send("42").AssertReply("Lan, 42 tuổi")
            .StartTestAsync();

        Assert.Equal([42m], root.Results);
    }

    [Fact]
    public async Task A_step_that_waits_without_a_prompt_receives_the_next_message_as_its_result() =>
        await new TestFlow(new ScriptedRoot(new WaterfallDialog("echo",
            [
                (step, ct) =>
                {
                    step.Turn.SendText("Nói gì đó");
                    return Task.FromResult(DialogTurnResult.Waiting);
                },
                (step, ct) =>
                {
                    step.Turn.SendText($"Anh/Chị nói: {step.Result}");
                    return step.EndAsync(null, ct);
                },
            ])))
            .Send("bắt đầu").AssertReply("Nói gì đó")
            .Send("xin chào").AssertReply("Anh/Chị nói: xin chào")
            .StartTestAsync();

    [Fact]
    public async Task NextAsync_skips_to_the_next_step_in_the_same_turn() =>
        await new TestFlow(new ScriptedRoot(new WaterfallDialog("skip",
            [
                (step, ct) => step.NextAsync("bỏ qua", ct),
                (step, ct) =>
                {
                    step.Turn.SendText($"bước {step.Index}: {step.Result}");
                    return step.EndAsync(null, ct);
                },
            ])))
            .Send("bắt đầu").AssertReply("bước 1: bỏ qua")
            .StartTestAsync();

    [Fact]
    public async Task Waterfall_options_survive_between_turns() =>
        await new TestFlow(new ScriptedRoot(new WaterfallDialog("outer",
            [
                (step, ct) => step.Context.BeginDialogAsync("with-options", new Greeting("Chào Anh"), ct),
            ]), new WaterfallDialog("with-options",
            [
                (step, ct) =>
                {
                    step.Turn.SendText("?");
                    return Task.FromResult(DialogTurnResult.Waiting);
                },
                (step, ct) =>
                {
                    step.Turn.SendText(step.GetOptions<Greeting>()!.Text);
                    return step.EndAsync(null, ct);
                },
            ])))
            .Send("bắt đầu").AssertReply("?")
            .Send("tiếp").AssertReply("Chào Anh")
            .StartTestAsync();

    [Fact]
    public void A_waterfall_needs_steps() =>
        Assert.Throws<ArgumentException>(() => new WaterfallDialog("empty", []));

    private sealed record Greeting(string Text);
}
