using System.Globalization;
using System.Text;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.Flows.Root;

namespace CdsBot.Dialogs.Flows.Privacy;

/// <summary>
/// The privacy notice, what is kept about the citizen, and erasure: "xóa dữ liệu của tôi" asks "Có/Không" and, on
/// "Có", files the erasure, which the host carries out once the confirming reply has been sent.
/// </summary>
public sealed class PrivacyDialog : ComponentDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "privacy";

    private const string EraseSteps = "privacy.erase";
    private const string Confirm = "privacy.confirm";

    private readonly ICitizenData _data;
    private readonly MainMenu _menu;
    private readonly PrivacyPolicy _policy;

    /// <summary>Creates the dialog.</summary>
    public PrivacyDialog(ICitizenData data, MainMenu menu, PrivacyPolicy policy) : base(DialogId)
    {
        _data = data;
        _menu = menu;
        _policy = policy;
        AddDialog(new WaterfallDialog(EraseSteps, [AskAsync, EraseAsync]));
        AddDialog(new ConfirmPrompt(Confirm));
    }

    /// <summary>The notice: what is kept, for how long, what for, and how to see or erase it.</summary>
    public string Notice =>
        "Quyền riêng tư của Anh/Chị\n\n" +
        "Trợ lý lưu tin nhắn Anh/Chị gửi để trả lời và để cán bộ cải thiện câu trả lời: " +
        $"tin nhắn gốc tối đa {_policy.RawMessageDays} ngày, trạng thái cuộc trò chuyện {_policy.ConversationDays} ngày, " +
        $"câu hỏi chưa trả lời được {_policy.QuestionDays} ngày, nội dung gặp cán bộ {_policy.HandoffDays} ngày sau khi kết thúc. " +
        "Số liệu thống kê không gắn với Anh/Chị được giữ lại.\n\n" +
        "Đăng ký nhận tin, số điện thoại (khi gặp cán bộ hoặc dự thi) chỉ được lưu khi Anh/Chị đồng ý, và chỉ dùng cho đúng việc đó.\n\n" +
        "Gõ \"dữ liệu của tôi\" để xem những gì đang được lưu, \"xóa dữ liệu của tôi\" để xóa toàn bộ " +
        "(theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân).";

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnBeginAsync(DialogContext inner, object? options, CancellationToken cancellationToken)
    {
        var turn = inner.Turn;
        turn.Trace.Intent = "privacy";
        switch (options as PrivacyStep? ?? PrivacyStep.Notice)
        {
            case PrivacyStep.Erase:
                return await inner.BeginDialogAsync(EraseSteps, null, cancellationToken);
            case PrivacyStep.MyData:
                var summary = await _data.DescribeAsync(turn.Activity.Channel, turn.Activity.UserId, turn.Activity.ConversationId, cancellationToken);
                turn.Send(WithChoices(Describe(summary)));
                break;
            default:
                turn.Send(WithChoices(Notice));
                break;
        }

        return new DialogTurnResult(DialogTurnStatus.Complete);
    }

    private static OutboundActivity WithChoices(string text) => new()
    {
        Text = text,
        QuickReplies = [new QuickReply("Dữ liệu của tôi", PrivacyPayloads.MyData), new QuickReply("Xóa dữ liệu", PrivacyPayloads.Erase), new QuickReply("Menu chính", Payloads.Menu)],
    };

    private static string Describe(CitizenDataSummary s)
    {
        var text = new StringBuilder("Trợ lý đang lưu về Anh/Chị (trên kênh này):");
        void Line(string what) => text.Append("\n• ").Append(what);
        Line(string.Create(CultureInfo.InvariantCulture, $"{s.Messages} tin nhắn đã gửi và nhận"));
        Line(s.Subscribed ? $"đăng ký nhận tin: {s.SubscriptionDetail}" : "không đăng ký nhận tin");
        Line(string.Create(CultureInfo.InvariantCulture, $"{s.Questions} câu hỏi chưa trả lời được (để cán bộ bổ sung nội dung)"));
        Line(string.Create(CultureInfo.InvariantCulture, $"{s.Feedback} lượt đánh giá câu trả lời"));
        Line(string.Create(CultureInfo.InvariantCulture, $"{s.Handoffs} yêu cầu gặp cán bộ"));
        Line(string.Create(CultureInfo.InvariantCulture, $"{s.Lessons} bài học đã hoàn thành, {s.ContestEntries} lượt dự thi"));
        Line(string.Create(CultureInfo.InvariantCulture, $"{s.CampaignMessages} tin thông báo đã nhận"));
        if (s.MaskedPhones.Count > 0)
        {
            Line($"số điện thoại: {string.Join(", ", s.MaskedPhones)}");
        }

        text.Append("\n\nGõ \"xóa dữ liệu của tôi\" nếu muốn xóa toàn bộ.");
        return text.ToString();
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Trace.Intent = "privacy";
        return step.PromptAsync(Confirm, new PromptOptions
        {
            Prompt = "Anh/Chị muốn xóa toàn bộ dữ liệu trợ lý lưu về mình trên kênh này (tin nhắn, đăng ký nhận tin, câu hỏi, " +
                     "yêu cầu gặp cán bộ, kết quả học và dự thi)? Việc xóa không hoàn tác được.",
            RetryPrompt = "Anh/Chị chọn \"Có\" để xóa, hoặc \"Không\" để giữ lại nhé.",
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> EraseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        if (step.Result is true)
        {
            turn.Trace.Intent = "privacy_erase";
            await _data.RequestErasureAsync(turn.Activity.Channel, turn.Activity.UserId, turn.Activity.ConversationId, cancellationToken);
            turn.SendText("Đã nhận yêu cầu. Dữ liệu của Anh/Chị trên kênh này sẽ được xóa trong ít phút, kể cả tin nhắn này. " +
                          "Nếu Anh/Chị nhắn tiếp, trợ lý sẽ coi như cuộc trò chuyện mới.");
        }
        else
        {
            turn.Trace.Intent = "privacy";
            turn.Send(_menu.With("Dạ, dữ liệu được giữ nguyên. Anh/Chị cần hỏi gì tiếp ạ?"));
        }

        return await step.EndAsync(null, cancellationToken);
    }
}
