using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Handoff;

/// <summary>"Gặp cán bộ": asks what the citizen needs, confirms, and files a request for staff.</summary>
public sealed class HandoffDialog : ComponentDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "handoff";

    private const string AskNeed = "handoff.need";
    private const string Confirm = "handoff.confirm";

    private readonly IHandoffDesk _desk;
    private readonly ContentCatalog _catalog;

    /// <summary>Creates the dialog.</summary>
    public HandoffDialog(IHandoffDesk desk, ContentCatalog catalog) : base(DialogId)
    {
        _desk = desk;
        _catalog = catalog;
        AddDialog(new WaterfallDialog("handoff.steps", [AskNeedAsync, ConfirmAsync, FileAsync]));
        AddDialog(new TextPrompt(AskNeed, NeedIsMeaningfulAsync));
        AddDialog(new ConfirmPrompt(Confirm));
    }

    private static Task<DialogTurnResult> AskNeedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Trace.Intent = "handoff";
        return step.PromptAsync(AskNeed, new PromptOptions
        {
            Prompt = "Anh/Chị vui lòng nhắn ngắn gọn nội dung cần cán bộ hỗ trợ. Gõ \"hủy\" nếu muốn quay lại.",
            RetryPrompt = "Anh/Chị vui lòng mô tả rõ hơn một chút (ít nhất vài từ) nội dung cần hỗ trợ nhé.",
        }, cancellationToken);
    }

    private static Task<bool> NeedIsMeaningfulAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Recognized.Succeeded && VietnameseTokenizer.Tokens(context.Recognized.Value!).Count >= 2);

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Trace.Intent = "handoff";
        if (step.Result is not string need)
        {
            step.Turn.Send(MainMenu.With("Dạ, tôi chưa nhận được nội dung cần hỗ trợ. Anh/Chị có thể chọn lại \"Gặp cán bộ\" bất cứ lúc nào.", _catalog.Content));
            return await step.EndAsync(null, cancellationToken);
        }

        step.SetValue("need", need);
        return await step.PromptAsync(Confirm, new PromptOptions
        {
            Prompt = $"Anh/Chị xác nhận gửi nội dung sau tới cán bộ?\n\n\"{need}\"",
            RetryPrompt = "Anh/Chị chọn \"Có\" để gửi, hoặc \"Không\" để hủy nhé.",
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> FileAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Trace.Intent = "handoff";
        if (step.Result is true)
        {
            var activity = step.Turn.Activity;
            await _desk.OpenAsync(
                new HandoffRequest(activity.Channel, activity.ConversationId, activity.UserId, step.GetValue<string>("need")!, step.Turn.Conversation.TurnCount),
                cancellationToken);
            step.Turn.SendText("Yêu cầu của Anh/Chị đã được chuyển tới cán bộ. Cán bộ sẽ trả lời ngay trong cuộc trò chuyện này, trong giờ hành chính.");
        }
        else
        {
            step.Turn.Send(MainMenu.With("Dạ, đã hủy yêu cầu gặp cán bộ. Anh/Chị cần hỏi gì tiếp ạ?", _catalog.Content));
        }

        return await step.EndAsync(null, cancellationToken);
    }
}
