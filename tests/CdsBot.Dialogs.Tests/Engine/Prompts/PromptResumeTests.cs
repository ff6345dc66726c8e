using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.State;

namespace CdsBot.Dialogs.Tests.Engine.Prompts;

public sealed class PromptResumeTests
{
    [Fact]
    public async Task A_prompt_resumed_after_a_child_dialog_asks_its_question_again_and_keeps_waiting()
    {
        var dialogs = new DialogSet()
            .Add(new TextPrompt("ask"))
            .Add(new WaterfallDialog("aside", [(step, ct) =>
            {
                step.Turn.SendText("giải thích thêm");
                return step.EndAsync("ignored", ct);
            }]));
        var turn = new TurnContext(new InboundActivity { Channel = "test", ConversationId = "c", UserId = "u", Text = "x" }, new ConversationData(), new UserProfile());
        var dc = new DialogContext(dialogs, turn, []);
        await dc.BeginDialogAsync("ask", new PromptOptions { Prompt = "Anh/Chị tên gì?" });

        var result = await dc.BeginDialogAsync("aside");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal("ask", Assert.Single(dc.Stack).Id);
        Assert.Equal(["Anh/Chị tên gì?", "giải thích thêm", "Anh/Chị tên gì?"], turn.Replies.Select(r => r.Text));
    }
}
