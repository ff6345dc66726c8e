using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks a yes/no question with "Có" / "Không" quick replies and understands how citizens answer it:
/// "có", "co", "ok", "đồng ý", "vâng", "dc" … and "không", "ko", "k", "thôi", "chưa" ….
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    /// <summary>The payload of the "Có" quick reply.</summary>
    public const string YesPayload = "CONFIRM_YES";

    /// <summary>The payload of the "Không" quick reply.</summary>
    public const string NoPayload = "CONFIRM_NO";

    private static readonly HashSet<string> Yes =
        ["co", "ok", "oke", "okay", "yes", "y", "dong y", "vang", "u", "uh", "um", "dung", "dung roi", "duoc", "dc", "đc", "co a", "vang a", "co nhe", "chac chan"];

    private static readonly HashSet<string> No =
        ["khong", "ko", "k", "kg", "hong", "no", "thoi", "chua", "sai", "khong a", "khong can", "thoi khong", "khong dung"];

    /// <inheritdoc />
    protected override OutboundActivity Render(PromptOptions options, string text) => new()
    {
        Text = text,
        QuickReplies = [new QuickReply("Có", YesPayload), new QuickReply("Không", NoPayload)],
    };

    /// <inheritdoc />
    protected override PromptRecognition<bool> Recognize(TurnContext turn, PromptOptions options)
    {
        switch (turn.Activity.Payload)
        {
            case YesPayload:
                return PromptRecognition<bool>.Of(true);
            case NoPayload:
                return PromptRecognition<bool>.Of(false);
        }

        var typed = VietnameseText.Fold(turn.Activity.Text ?? "").Trim(' ', '.', '!', '?', ',');
        if (Yes.Contains(typed))
        {
            return PromptRecognition<bool>.Of(true);
        }

        return No.Contains(typed) ? PromptRecognition<bool>.Of(false) : PromptRecognition<bool>.Failed;
    }
}
