using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Engine;

public sealed class ComponentDialogTests
{
    /// <summary>A reusable flow: two questions on its own inner stack, returning both answers.</summary>
    private sealed class AddressDialog : ComponentDialog
    {
        public AddressDialog() : base("address")
        {
            AddDialog(new WaterfallDialog("address.steps",
            [
                (step, ct) => step.PromptAsync("address.text", new PromptOptions { Prompt = "Tỉnh?" }, ct),
                (step, ct) =>
                {
                    step.SetValue("province", (string)step.Result!);
                    return step.PromptAsync("address.text", new PromptOptions { Prompt = "Xã?" }, ct);
                },
                (step, ct) => step.EndAsync($"{step.Result}, {step.GetValue<string>("province")}", ct),
            ]));
            AddDialog(new TextPrompt("address.text"));
        }
    }

    [Fact]
    public async Task Runs_its_inner_stack_across_turns_and_returns_to_the_parent()
    {
        var root = new ScriptedRoot(new WaterfallDialog("outer",
        [
            (step, ct) => step.Context.BeginDialogAsync("address", null, ct),
            (step, ct) =>
            {
                step.Turn.SendText($"Địa chỉ: {step.Result}");
                return step.EndAsync(step.Result, ct);
            },
        ]), new AddressDialog());

        await new TestFlow(root)
            .Send("bắt đầu").AssertReply("Tỉnh?")
            .Send("Lào Cai").AssertReply("Xã?")
            .Send("Sa Pa").AssertReply("Địa chỉ: Sa Pa, Lào Cai")
            .StartTestAsync();

        Assert.Equal(["Sa Pa, Lào Cai"], root.Results);
    }

    [Fact]
    public async Task An_interruption_in_the_parent_cancels_the_component_mid_flow() =>
        await new TestFlow(new ScriptedRoot(new AddressDialog()))
            .Send("bắt đầu").AssertReply("Tỉnh?")
            .Send("stop").AssertReply("stopped")
            .Send("lại").AssertReply("Tỉnh?")
            .StartTestAsync();

    [Fact]
    public async Task A_component_without_dialogs_says_how_to_fix_it()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new TestFlow(new ScriptedRoot(new EmptyComponent())).Send("x").StartTestAsync());
        Assert.Contains("AddDialog", error.Message, StringComparison.Ordinal);
    }

    private sealed class EmptyComponent() : ComponentDialog("empty");
}
