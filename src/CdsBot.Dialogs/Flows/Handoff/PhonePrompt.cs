using System.Text.RegularExpressions;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Handoff;

/// <summary>
/// Asks, optionally, for a phone number staff may call back on. Recognizes a Vietnamese number (0 or +84 and 9–10
/// digits, spaces, dots and dashes allowed), returned as digits; "Bỏ qua" (the button, or typed "bỏ qua", "không")
/// is recognized as the empty string: no number.
/// </summary>
public sealed partial class PhonePrompt(string id) : Prompt<string>(id)
{
    /// <summary>The payload of the "Bỏ qua" button.</summary>
    public const string SkipPayload = "PHONE_SKIP";

    /// <inheritdoc />
    protected override OutboundActivity Render(PromptOptions options, string text) => new()
    {
        Text = text,
        QuickReplies = [new QuickReply("Bỏ qua", SkipPayload)],
    };

    /// <inheritdoc />
    protected override PromptRecognition<string> Recognize(TurnContext turn, PromptOptions options)
    {
        if (turn.Activity.Payload == SkipPayload)
        {
            return PromptRecognition<string>.Of("");
        }

        var typed = turn.Activity.Text?.Trim() ?? "";
        var folded = VietnameseText.Fold(typed).Trim(' ', '.', '!');
        if (folded is "bo qua" or "khong" or "ko" or "thoi")
        {
            return PromptRecognition<string>.Of("");
        }

        var digits = Separators().Replace(typed, "");
        if (digits.StartsWith("+84", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }

        return PhoneNumber().IsMatch(digits) ? PromptRecognition<string>.Of(digits) : PromptRecognition<string>.Failed;
    }

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^0\d{9,10}$")]
    private static partial Regex PhoneNumber();
}
