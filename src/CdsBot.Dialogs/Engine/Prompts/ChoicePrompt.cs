using System.Globalization;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks the citizen to pick one of <see cref="PromptOptions.Choices"/>. A pressed quick reply is matched by
/// its payload; typed text by the option's number ("2"), title or a synonym, with or without diacritics.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<Choice>? validator = null) : Prompt<Choice>(id, validator)
{
    /// <inheritdoc />
    protected override PromptRecognition<Choice> Recognize(TurnContext turn, PromptOptions options)
    {
        var activity = turn.Activity;
        if (activity.Payload is { } payload && options.Choices.FirstOrDefault(c => c.Value == payload) is { } pressed)
        {
            return PromptRecognition<Choice>.Of(pressed);
        }

        if (string.IsNullOrWhiteSpace(activity.Text))
        {
            return PromptRecognition<Choice>.Failed;
        }

        var typed = VietnameseText.Fold(activity.Text).Trim(' ', '.', '!', '?');
        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= options.Choices.Count)
        {
            return PromptRecognition<Choice>.Of(options.Choices[number - 1]);
        }

        var match = options.Choices.FirstOrDefault(c =>
            VietnameseText.Fold(c.Title) == typed || c.Synonyms.Any(s => VietnameseText.Fold(s) == typed));
        return match is null ? PromptRecognition<Choice>.Failed : PromptRecognition<Choice>.Of(match);
    }
}
