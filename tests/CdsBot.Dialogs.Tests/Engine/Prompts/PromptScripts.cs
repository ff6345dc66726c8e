using System.Globalization;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Engine.Prompts;

/// <summary>A root that asks one prompt and says what it returned ("kết quả: …", or "bỏ cuộc" for null).</summary>
internal static class PromptScripts
{
    public static TestFlow Ask(Dialog prompt, PromptOptions options) =>
        new(new ScriptedRoot(
            new WaterfallDialog("ask",
            [
                (step, ct) => step.PromptAsync(prompt.Id, options, ct),
                (step, ct) =>
                {
                    step.Turn.SendText(step.Result switch
                    {
                        null => "bỏ cuộc",
                        Choice choice => $"kết quả: {choice.Value}",
                        var value => string.Create(CultureInfo.InvariantCulture, $"kết quả: {value}"),
                    });
                    return step.EndAsync(null, ct);
                },
            ]),
            prompt));
}
