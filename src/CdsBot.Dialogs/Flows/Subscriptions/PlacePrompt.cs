using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;

namespace CdsBot.Dialogs.Flows.Subscriptions;

/// <summary>
/// Asks where the citizen lives, among the deployment's places (<see cref="PromptOptions.Choices"/>): a pressed
/// button, or part of a name typed with or without diacritics. Several places fitting what was typed are offered as
/// buttons; none fitting is said plainly, naming what was typed.
/// </summary>
public sealed class PlacePrompt(string id) : Prompt<Choice>(id)
{
    /// <summary>At most this many places are offered as buttons at once (a phone screen's worth).</summary>
    public const int MaxButtons = 10;

    /// <inheritdoc />
    protected override PromptRecognition<Choice> Recognize(TurnContext turn, PromptOptions options)
    {
        var activity = turn.Activity;
        if (activity.Payload is { } payload)
        {
            return options.Choices.FirstOrDefault(c => c.Value == payload) is { } pressed ? PromptRecognition<Choice>.Of(pressed) : PromptRecognition<Choice>.Failed;
        }

        var typed = activity.Text ?? "";
        var found = PlaceSearch.Find(typed, options.Choices);
        if (found is [var only])
        {
            return PromptRecognition<Choice>.Of(only);
        }

        // The number of a button shown ("2"), when no place is named by it ("phường 5" is found by its name first).
        return found.Count == 0
            && int.TryParse(typed.Trim(' ', '.'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= Math.Min(MaxButtons, options.Choices.Count)
            ? PromptRecognition<Choice>.Of(options.Choices[number - 1])
            : PromptRecognition<Choice>.Failed;
    }

    /// <inheritdoc />
    protected override OutboundActivity Render(PromptOptions options, string text) => new()
    {
        Text = text,
        QuickReplies = [.. options.Choices.Take(MaxButtons).Select(c => new QuickReply(c.Title, c.Value))],
    };

    /// <inheritdoc />
    protected override OutboundActivity RenderRetry(TurnContext turn, PromptOptions options)
    {
        var typed = (turn.Activity.Text ?? "").Trim();
        var found = typed.Length == 0 ? [] : PlaceSearch.Find(typed, options.Choices);
        if (found.Count > 1 && turn.Activity.Payload is null)
        {
            return new OutboundActivity
            {
                Text = $"Có {found.Count} nơi trùng với “{typed}”. Anh/Chị chọn đúng nơi mình ở nhé:",
                QuickReplies = [.. found.Take(MaxButtons).Select(c => new QuickReply(c.Title, c.Value))],
            };
        }

        return Render(options, typed.Length == 0 || turn.Activity.Payload is not null
            ? options.RetryPrompt ?? options.Prompt
            : $"Chưa có “{typed}” trong danh sách địa phương của trợ lý. {options.RetryPrompt ?? options.Prompt}");
    }
}
