using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.State;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Engine;

public sealed class DialogContextTests
{
    private static DialogContext NewContext(DialogSet dialogs) =>
        new(dialogs, new TurnContext(new InboundActivity { Channel = "test", ConversationId = "c", UserId = "u", Text = "x" }, new ConversationData(), new UserProfile()), []);

    [Fact]
    public async Task Beginning_an_unknown_dialog_names_the_fix()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => NewContext(new DialogSet()).BeginDialogAsync("missing"));
        Assert.Contains("AddDialog", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dialog_set_refuses_a_second_dialog_with_the_same_id()
    {
        var set = new DialogSet().Add(new TextPrompt("ask"));
        var error = Assert.Throws<InvalidOperationException>(() => set.Add(new TextPrompt("ask")));
        Assert.Contains("'ask'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Continuing_an_empty_stack_reports_empty() =>
        Assert.Equal(DialogTurnStatus.Empty, (await NewContext(new DialogSet()).ContinueDialogAsync()).Status);

    [Fact]
    public async Task Replace_swaps_the_active_dialog_without_resuming_the_parent() =>
        await new TestFlow(new ScriptedRoot(
                new WaterfallDialog("first", [(step, ct) => step.Context.ReplaceDialogAsync("second", null, ct)]),
                new WaterfallDialog("second",
                [
                    (step, ct) => step.PromptAsync("ask", new PromptOptions { Prompt = "thứ hai?" }, ct),
                    (step, ct) =>
                    {
                        step.Turn.SendText($"xong: {step.Result}");
                        return step.EndAsync(null, ct);
                    },
                ]),
                new TextPrompt("ask")))
            .Send("bắt đầu").AssertReply("thứ hai?")
            .Send("ok").AssertReply("xong: ok")
            .StartTestAsync();

    [Fact]
    public async Task Cancel_all_empties_the_stack_and_the_next_message_starts_afresh() =>
        await new TestFlow(new ScriptedRoot(
                new WaterfallDialog("ask-twice",
                [
                    (step, ct) => step.PromptAsync("ask", new PromptOptions { Prompt = "một?" }, ct),
                    (step, ct) => step.PromptAsync("ask", new PromptOptions { Prompt = "hai?" }, ct),
                ]),
                new TextPrompt("ask")))
            .Send("bắt đầu").AssertReply("một?")
            .Send("stop").AssertReply("stopped")
            .Send("lại").AssertReply("một?")
            .StartTestAsync();
}
