using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Handoff;

/// <summary>
/// "Gặp cán bộ": asks what the citizen needs, confirms, and files a request for staff. On the channels named in
/// <see cref="PhoneChannels"/> (the web page, where staff cannot reach a citizen once the page is closed) it then asks,
/// optionally, for a phone number to call back on, saying what it is used for; a number given is filed with the time of
/// that consent.
/// </summary>
public sealed class HandoffDialog : ComponentDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "handoff";

    private const string AskNeed = "handoff.need";
    private const string Confirm = "handoff.confirm";
    private const string AskPhone = "handoff.phone";

    /// <summary>The question asking for a phone number, naming its only use.</summary>
    public const string PhoneQuestion =
        "Nếu muốn cán bộ gọi lại, Anh/Chị nhắn số điện thoại (không bắt buộc). Số điện thoại chỉ dùng để cán bộ liên hệ về yêu cầu này; khi nhắn số, Anh/Chị đồng ý để cán bộ dùng số đó. Nếu không, Anh/Chị chọn \"Bỏ qua\".";

    private readonly IHandoffDesk _desk;
    private readonly MainMenu _menu;

    /// <summary>Creates the dialog.</summary>
    public HandoffDialog(IHandoffDesk desk, MainMenu menu) : base(DialogId)
    {
        _desk = desk;
        _menu = menu;
        AddDialog(new WaterfallDialog("handoff.steps", [AskNeedAsync, ConfirmAsync, AskPhoneAsync, FileAsync]));
        AddDialog(new TextPrompt(AskNeed, NeedIsMeaningfulAsync));
        AddDialog(new ConfirmPrompt(Confirm));
        AddDialog(new PhonePrompt(AskPhone));
    }

    /// <summary>Channels on which a confirmed request also asks for a phone number (none unless the host names them).</summary>
    public IReadOnlySet<string> PhoneChannels { get; init; } = new HashSet<string>();

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
            step.Turn.Send(_menu.With("Dạ, tôi chưa nhận được nội dung cần hỗ trợ. Anh/Chị có thể chọn lại \"Gặp cán bộ\" bất cứ lúc nào."));
            return await step.EndAsync(null, cancellationToken);
        }

        step.SetValue("need", need);
        return await step.PromptAsync(Confirm, new PromptOptions
        {
            Prompt = $"Anh/Chị xác nhận gửi nội dung sau tới cán bộ?\n\n\"{need}\"",
            RetryPrompt = "Anh/Chị chọn \"Có\" để gửi, hoặc \"Không\" để hủy nhé.",
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskPhoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Trace.Intent = "handoff";
        var confirmed = step.Result is true;
        step.SetValue("confirmed", confirmed ? "yes" : "no");
        if (!confirmed || !PhoneChannels.Contains(step.Turn.Activity.Channel))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(AskPhone, new PromptOptions
        {
            Prompt = PhoneQuestion,
            RetryPrompt = "Số điện thoại chưa đúng. Anh/Chị nhắn số gồm 10 chữ số (ví dụ 0912 345 678), hoặc chọn \"Bỏ qua\".",
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> FileAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Trace.Intent = "handoff";
        if (step.GetValue<string>("confirmed") == "yes")
        {
            var activity = step.Turn.Activity;
            var phone = step.Result is string { Length: > 0 } given ? given : null;
            await _desk.OpenAsync(
                new HandoffRequest(activity.Channel, activity.ConversationId, activity.UserId, step.GetValue<string>("need")!, step.Turn.Conversation.TurnCount)
                {
                    Phone = phone,
                    PhoneConsentAt = phone is null ? null : activity.Timestamp,
                },
                cancellationToken);
            step.Turn.SendText("Yêu cầu của Anh/Chị đã được chuyển tới cán bộ. Cán bộ sẽ trả lời ngay trong cuộc trò chuyện này, trong giờ hành chính.");
        }
        else
        {
            step.Turn.Send(_menu.With("Dạ, đã hủy yêu cầu gặp cán bộ. Anh/Chị cần hỏi gì tiếp ạ?"));
        }

        return await step.EndAsync(null, cancellationToken);
    }
}
