using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Flows.Handoff;
using CdsBot.Dialogs.Flows.Subscriptions;
using CdsBot.Dialogs.Flows.Urgent;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Root;

/// <summary>
/// The bottom of every conversation's stack. It handles global commands ("menu", "trợ giúp", "hủy") and a scam
/// in progress or money lost (<see cref="ScamAlarm"/>) before any running flow or retrieval sees the message,
/// routes channel events, payloads and free text, and never ends.
/// </summary>
public sealed class RootDialog : ComponentDialog
{
    /// <summary>The root's id; kept stable because it is persisted in every conversation.</summary>
    public const string DialogId = "root";

    private readonly ContentCatalog _catalog;
    private readonly FaqResponder _faq;
    private readonly IHandoffDesk _desk;
    private readonly ISubscriptionStore _subscriptions;

    /// <summary>Creates the root with its flows.</summary>
    public RootDialog(ContentCatalog catalog, FaqResponder faq, HandoffDialog handoff, IHandoffDesk desk, SubscribeDialog subscribe, ISubscriptionStore subscriptions) : base(DialogId)
    {
        _catalog = catalog;
        _faq = faq;
        _desk = desk;
        _subscriptions = subscriptions;
        AddDialog(handoff);
        AddDialog(subscribe);
    }

    /// <inheritdoc />
    protected override Task<DialogTurnResult> OnBeginAsync(DialogContext inner, object? options, CancellationToken cancellationToken) =>
        RouteAsync(inner, cancellationToken);

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueAsync(DialogContext inner, CancellationToken cancellationToken)
    {
        var activity = inner.Turn.Activity;
        if (activity.Kind == ActivityKind.Message && await _desk.OpenRequestAsync(activity.Channel, activity.ConversationId, cancellationToken) is { } request)
        {
            if (Phrases.Command(activity) is GlobalCommand.Menu or GlobalCommand.Cancel)
            {
                await _desk.CloseByCitizenAsync(request, cancellationToken);
                inner.Turn.Trace.Intent = "handoff_closed";
                inner.Turn.Send(MainMenu.With("Dạ, Anh/Chị đã quay lại với trợ lý ảo. Anh/Chị cần hỏi gì ạ?", _catalog.Content));
                return DialogTurnResult.Empty;
            }

            // Staff have this conversation: the bot keeps quiet and passes the message on.
            inner.Turn.Trace.Intent = "handoff_open";
            await _desk.AppendAsync(request, activity.Text ?? activity.Payload ?? "(tệp đính kèm)", inner.Turn.Conversation.TurnCount, cancellationToken);
            return DialogTurnResult.Empty;
        }

        if (Phrases.IsUnsubscribe(activity))
        {
            // Stopping the news works at any step, like the global commands.
            await inner.CancelAllDialogsAsync(cancellationToken);
            await UnsubscribeAsync(inner.Turn, cancellationToken);
            return DialogTurnResult.Empty;
        }

        if (Phrases.Command(inner.Turn.Activity) is { } command)
        {
            await inner.CancelAllDialogsAsync(cancellationToken);
            Reply(inner.Turn, command);
            return DialogTurnResult.Empty;
        }

        if (inner.ActiveDialog is not null && ScamAlarm.Recognize(activity) is { } urgent)
        {
            return await UrgentResponder.InterruptAsync(inner, urgent, cancellationToken);
        }

        return inner.ActiveDialog is not null
            ? await inner.ContinueDialogAsync(cancellationToken)
            : await RouteAsync(inner, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<DialogTurnResult> OnInnerCompletedAsync(DialogContext outer, object? result, CancellationToken cancellationToken) =>
        Task.FromResult(DialogTurnResult.Waiting);

    private async Task<DialogTurnResult> RouteAsync(DialogContext inner, CancellationToken cancellationToken)
    {
        var turn = inner.Turn;
        var activity = turn.Activity;
        var content = _catalog.Content;
        switch (activity.Kind)
        {
            case ActivityKind.Unfollow:
                turn.Trace.Intent = "unfollow";
                await _subscriptions.UnsubscribeAsync(activity.Channel, activity.UserId, "unfollow", cancellationToken);
                return DialogTurnResult.Empty;
            case ActivityKind.Follow:
                turn.Trace.Intent = "welcome";
                turn.User.Greeted = true;
                turn.Send(MainMenu.With(RootTexts.Welcome, content));
                return DialogTurnResult.Empty;
            case ActivityKind.SubmitInfo:
                turn.Trace.Intent = "submit_info";
                turn.Send(MainMenu.With(RootTexts.SubmitInfoThanks, content));
                return DialogTurnResult.Empty;
        }

        if (Phrases.IsUnsubscribe(activity))
        {
            await UnsubscribeAsync(turn, cancellationToken);
            return DialogTurnResult.Empty;
        }

        if (Phrases.IsSubscribe(activity))
        {
            return await inner.BeginDialogAsync(SubscribeDialog.DialogId, null, cancellationToken);
        }

        if (Phrases.Command(activity) is { } command)
        {
            Reply(turn, command);
            return DialogTurnResult.Empty;
        }

        var payload = activity.Payload ?? (Payloads.IsPayload(activity.Text) ? activity.Text : null);
        if (payload is not null)
        {
            return await RoutePayloadAsync(inner, payload, cancellationToken);
        }

        var text = activity.Text;
        if (activity.IsMediaOnly || string.IsNullOrWhiteSpace(text))
        {
            turn.Trace.Intent = "media";
            turn.Send(MainMenu.With(RootTexts.TextOnly, content));
        }
        else if (ScamAlarm.Recognize(text) is { } urgent)
        {
            // Safety first; then, when an item answers the very question confidently, that answer too.
            UrgentResponder.Answer(turn, urgent);
            await _faq.AnswerIfConfidentAsync(turn, text, cancellationToken);
        }
        else if (Phrases.IsGreeting(text))
        {
            turn.Trace.Intent = "greeting";
            turn.Send(MainMenu.With(turn.User.Greeted ? RootTexts.Greeting : RootTexts.Welcome, content));
            turn.User.Greeted = true;
        }
        else if (Phrases.IsThanks(text))
        {
            turn.Trace.Intent = "thanks";
            turn.Send(MainMenu.With(RootTexts.Thanks, content));
        }
        else if (Phrases.IsHandoffRequest(text))
        {
            return await inner.BeginDialogAsync(HandoffDialog.DialogId, null, cancellationToken);
        }
        else
        {
            await _faq.AnswerQuestionAsync(turn, text, cancellationToken);
        }

        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> RoutePayloadAsync(DialogContext inner, string payload, CancellationToken cancellationToken)
    {
        var turn = inner.Turn;
        if (payload == Payloads.Handoff)
        {
            return await inner.BeginDialogAsync(HandoffDialog.DialogId, null, cancellationToken);
        }

        if (payload.StartsWith(Payloads.TopicPrefix, StringComparison.Ordinal))
        {
            _faq.ListTopic(turn, payload[Payloads.TopicPrefix.Length..]);
        }
        else if (payload.StartsWith(Payloads.PassagePrefix, StringComparison.Ordinal))
        {
            _faq.AnswerPassage(turn, payload[Payloads.PassagePrefix.Length..]);
        }
        else if (payload.StartsWith(Payloads.FaqPrefix, StringComparison.Ordinal))
        {
            await _faq.AnswerItemAsync(turn, payload[Payloads.FaqPrefix.Length..], cancellationToken);
        }
        else if (payload.StartsWith(Payloads.HelpfulPrefix, StringComparison.Ordinal))
        {
            await _faq.RecordFeedbackAsync(turn, payload[Payloads.HelpfulPrefix.Length..], helpful: true, cancellationToken);
        }
        else if (payload.StartsWith(Payloads.UnhelpfulPrefix, StringComparison.Ordinal))
        {
            await _faq.RecordFeedbackAsync(turn, payload[Payloads.UnhelpfulPrefix.Length..], helpful: false, cancellationToken);
        }
        else
        {
            // GET_STARTED, or a payload from an older menu this version no longer knows.
            turn.Trace.Intent = "welcome";
            turn.User.Greeted = true;
            turn.Send(MainMenu.With(RootTexts.Welcome, _catalog.Content));
        }

        return DialogTurnResult.Empty;
    }

    private async Task UnsubscribeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.Trace.Intent = "unsubscribe";
        var activity = turn.Activity;
        var was = await _subscriptions.UnsubscribeAsync(activity.Channel, activity.UserId, "citizen", cancellationToken);
        turn.Send(MainMenu.With(
            was ? "Anh/Chị đã hủy nhận tin. Trợ lý sẽ không gửi tin nào nữa; Anh/Chị vẫn có thể hỏi bất cứ lúc nào."
                : "Anh/Chị chưa đăng ký nhận tin, nên sẽ không nhận tin nào từ trợ lý. Anh/Chị vẫn có thể hỏi bất cứ lúc nào.",
            _catalog.Content));
    }

    private void Reply(TurnContext turn, GlobalCommand command)
    {
        // "menu" and "hủy" start afresh: a later short question is no longer read against the last answer.
        if (command is GlobalCommand.Menu or GlobalCommand.Cancel)
        {
            turn.Conversation.LastAnswer = null;
        }

        var content = _catalog.Content;
        switch (command)
        {
            case GlobalCommand.Menu:
                turn.Trace.Intent = "menu";
                turn.Send(MainMenu.With(RootTexts.Menu, content));
                break;
            case GlobalCommand.Help:
                turn.Trace.Intent = "help";
                turn.Send(MainMenu.With(RootTexts.Help, content));
                break;
            default:
                turn.Trace.Intent = "cancel";
                turn.Send(MainMenu.With(RootTexts.Cancelled, content));
                break;
        }
    }
}
