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

    private readonly FaqResponder _faq;
    private readonly IHandoffDesk _desk;
    private readonly ISubscriptionStore _subscriptions;
    private readonly FlowRegistry _flows;
    private readonly MainMenu _menu;

    /// <summary>Creates the root over the registered <paramref name="flows"/>.</summary>
    public RootDialog(FaqResponder faq, IHandoffDesk desk, ISubscriptionStore subscriptions, FlowRegistry flows, MainMenu menu) : base(DialogId)
    {
        _faq = faq;
        _desk = desk;
        _subscriptions = subscriptions;
        _flows = flows;
        _menu = menu;
        foreach (var flow in flows.Flows)
        {
            AddDialog(flow.Dialog);
        }
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
                inner.Turn.Send(_menu.With("Dạ, Anh/Chị đã quay lại với trợ lý ảo. Anh/Chị cần hỏi gì ạ?"));
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

        if (inner.ActiveDialog is null)
        {
            return await RouteAsync(inner, cancellationToken);
        }

        // A flow may hand the message back (a question typed in the middle of a guide): it is routed as usual.
        var result = await inner.ContinueDialogAsync(cancellationToken);
        return result.Result is FlowHandBack && inner.ActiveDialog is null ? await RouteAsync(inner, cancellationToken) : result;
    }

    /// <inheritdoc />
    protected override Task<DialogTurnResult> OnInnerCompletedAsync(DialogContext outer, object? result, CancellationToken cancellationToken) =>
        Task.FromResult(DialogTurnResult.Waiting);

    private async Task<DialogTurnResult> RouteAsync(DialogContext inner, CancellationToken cancellationToken)
    {
        var turn = inner.Turn;
        var activity = turn.Activity;
        switch (activity.Kind)
        {
            case ActivityKind.Unfollow:
                turn.Trace.Intent = "unfollow";
                await _subscriptions.UnsubscribeAsync(activity.Channel, activity.UserId, "unfollow", cancellationToken);
                return DialogTurnResult.Empty;
            case ActivityKind.Follow:
                turn.Trace.Intent = "welcome";
                turn.User.Greeted = true;
                turn.Send(_menu.With(RootTexts.Welcome));
                return DialogTurnResult.Empty;
            case ActivityKind.SubmitInfo:
                turn.Trace.Intent = "submit_info";
                turn.Send(_menu.With(RootTexts.SubmitInfoThanks));
                return DialogTurnResult.Empty;
        }

        if (Phrases.IsUnsubscribe(activity))
        {
            await UnsubscribeAsync(turn, cancellationToken);
            return DialogTurnResult.Empty;
        }

        if (Phrases.Command(activity) is { } command)
        {
            Reply(turn, command);
            return DialogTurnResult.Empty;
        }

        var payload = activity.Payload ?? (Payloads.IsPayload(activity.Text) || IsFlowPayload(turn, activity.Text) ? activity.Text : null);
        if (payload is not null)
        {
            return await RoutePayloadAsync(inner, payload, cancellationToken);
        }

        var text = activity.Text;
        if (activity.IsMediaOnly || string.IsNullOrWhiteSpace(text))
        {
            turn.Trace.Intent = "media";
            turn.Send(_menu.With(RootTexts.TextOnly));
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
            turn.Send(_menu.With(turn.User.Greeted ? RootTexts.Greeting : RootTexts.Welcome));
            turn.User.Greeted = true;
        }
        else if (Phrases.IsThanks(text))
        {
            turn.Trace.Intent = "thanks";
            turn.Send(_menu.With(RootTexts.Thanks));
        }
        else if (_flows.FromText(turn, text) is var (flow, start))
        {
            return await inner.BeginDialogAsync(flow.Dialog.Id, start.Options, cancellationToken);
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
        if (_flows.FromPayload(turn, payload) is var (flow, start))
        {
            return await inner.BeginDialogAsync(flow.Dialog.Id, start.Options, cancellationToken);
        }

        if (payload.StartsWith(Payloads.TopicPrefix, StringComparison.Ordinal))
        {
            _faq.ListTopic(turn, payload[Payloads.TopicPrefix.Length..]);
        }
        else if (payload.StartsWith(Payloads.PassagePrefix, StringComparison.Ordinal))
        {
            _faq.AnswerPassage(turn, payload[Payloads.PassagePrefix.Length..]);
        }
        else if (payload.StartsWith(Payloads.SourcesPrefix, StringComparison.Ordinal))
        {
            _faq.ShowSources(turn, payload[Payloads.SourcesPrefix.Length..]);
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
            turn.Send(_menu.With(RootTexts.Welcome));
        }

        return DialogTurnResult.Empty;
    }

    /// <summary>Whether typed text is a flow's payload (Zalo's query buttons send a payload back as text).</summary>
    private bool IsFlowPayload(TurnContext turn, string? text) => text is not null && _flows.FromPayload(turn, text) is not null;

    private async Task UnsubscribeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.Trace.Intent = "unsubscribe";
        var activity = turn.Activity;
        var was = await _subscriptions.UnsubscribeAsync(activity.Channel, activity.UserId, "citizen", cancellationToken);
        turn.Send(_menu.With(
            was ? "Anh/Chị đã hủy nhận tin. Trợ lý sẽ không gửi tin nào nữa; Anh/Chị vẫn có thể hỏi bất cứ lúc nào."
                : "Anh/Chị chưa đăng ký nhận tin, nên sẽ không nhận tin nào từ trợ lý. Anh/Chị vẫn có thể hỏi bất cứ lúc nào."));
    }

    private void Reply(TurnContext turn, GlobalCommand command)
    {
        // "menu" and "hủy" start afresh: a later short question is no longer read against the last answer.
        if (command is GlobalCommand.Menu or GlobalCommand.Cancel)
        {
            turn.Conversation.Remember(null);
        }

        switch (command)
        {
            case GlobalCommand.Menu:
                turn.Trace.Intent = "menu";
                turn.Send(_menu.With(RootTexts.Menu));
                break;
            case GlobalCommand.Help:
                turn.Trace.Intent = "help";
                turn.Send(_menu.With(RootTexts.Help));
                break;
            default:
                turn.Trace.Intent = "cancel";
                turn.Send(_menu.With(RootTexts.Cancelled));
                break;
        }
    }
}
