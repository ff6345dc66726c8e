using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Dialogs.State;

namespace CdsBot.Dialogs.Flows.Guides;

/// <summary>
/// Walks a citizen through a guide one step at a time: "Tiếp", a branch's answers, "Quay lại", "Gặp cán bộ",
/// "Thoát". The place reached is kept in the citizen's profile, so "tiếp tục" resumes it later. A message that is not
/// for the guide (a question, another flow's button) leaves the guide where it is and goes to the root as usual.
/// </summary>
public sealed class GuideDialog(ContentCatalog catalog, MainMenu menu, TimeProvider time) : Dialog(DialogId)
{
    /// <summary>The dialog's id, persisted in conversations.</summary>
    public const string DialogId = "guide";

    private static readonly HashSet<string> NextWords = ["tiep", "tiep theo", "tiep di", "next", "ok", "oke", "roi", "xong", "xong roi", "da xong", "lam xong"];
    private static readonly HashSet<string> BackWords = ["quay lai", "tro lai", "lui lai", "back", "buoc truoc"];
    private static readonly HashSet<string> ExitWords = ["thoat", "dung", "dung lai", "ket thuc", "thoat huong dan"];

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        turn.Trace.Intent = "guide";
        var start = options as GuideStart ?? new GuideStart(null);
        var content = catalog.Content;
        if (start.GuideId is null || content.FindGuide(start.GuideId) is not { } guide)
        {
            turn.Send(ListOf(content, start.NothingToResume ? GuideTexts.NothingToResume : GuideTexts.List));
            return dc.EndDialogAsync(null, cancellationToken);
        }

        var step = (start.StepId is { } id ? guide.FindStep(id) : null) ?? guide.Steps[0];
        var state = new GuideState { GuideId = guide.Id, StepId = step.Id, Trail = [.. start.Trail ?? []] };
        return ShowAsync(dc, guide, step, state, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var state = dc.ActiveDialog!.GetState<GuideState>();
        var content = catalog.Content;
        if (content.FindGuide(state.GuideId) is not { } guide || guide.FindStep(state.StepId) is not { } step)
        {
            turn.Trace.Intent = "guide";
            turn.User.Guide = null;
            turn.Send(ListOf(content, GuideTexts.Gone));
            return dc.EndDialogAsync(null, cancellationToken);
        }

        var activity = turn.Activity;
        var said = Phrases.Folded(activity.Payload is null ? activity.Text : null);
        var payload = activity.Payload ?? activity.Text ?? "";
        if (payload == GuidePayloads.Next || NextWords.Contains(said))
        {
            turn.Trace.Intent = "guide";
            if (guide.NextOf(step) is not { } next)
            {
                // A branch needs one of its answers; "Tiếp" there shows the question again.
                return step.Choices.Count > 0 ? RepeatAsync(dc, guide, step, state, cancellationToken) : ShowAsync(dc, guide, step, state, cancellationToken);
            }

            state.Trail.Add(step.Id);
            return ShowAsync(dc, guide, next, state, cancellationToken);
        }

        if (payload == GuidePayloads.Back || BackWords.Contains(said))
        {
            turn.Trace.Intent = "guide";
            var back = state.Trail.Count > 0 ? guide.FindStep(state.Trail[^1]) : null;
            if (back is null)
            {
                return RepeatAsync(dc, guide, step, state, cancellationToken);
            }

            state.Trail.RemoveAt(state.Trail.Count - 1);
            return ShowAsync(dc, guide, back, state, cancellationToken);
        }

        if (payload == GuidePayloads.Exit || ExitWords.Contains(said))
        {
            turn.Trace.Intent = "guide_left";
            turn.Send(menu.With(GuideTexts.Left));
            return dc.EndDialogAsync(null, cancellationToken);
        }

        var choice = payload.StartsWith(GuidePayloads.GoPrefix, StringComparison.Ordinal)
            ? step.Choices.FirstOrDefault(c => c.Next == payload[GuidePayloads.GoPrefix.Length..])
            : step.Choices.FirstOrDefault(c => Phrases.Folded(c.Title) == said);
        if (choice is not null && guide.FindStep(choice.Next) is { } chosen)
        {
            turn.Trace.Intent = "guide";
            state.Trail.Add(step.Id);
            return ShowAsync(dc, guide, chosen, state, cancellationToken);
        }

        if (payload.StartsWith(GuidePayloads.GoPrefix, StringComparison.Ordinal))
        {
            // An answer of another step (an old button pressed again): the current step stands.
            turn.Trace.Intent = "guide";
            return RepeatAsync(dc, guide, step, state, cancellationToken);
        }

        // Not for the guide: it stays where it is ("tiếp tục" resumes it) and the root routes the message.
        return dc.EndDialogAsync(FlowHandBack.Instance, cancellationToken);
    }

    private Task<DialogTurnResult> RepeatAsync(DialogContext dc, Guide guide, GuideStep step, GuideState state, CancellationToken cancellationToken)
    {
        dc.Turn.SendText(GuideTexts.ChooseAnAnswer);
        return ShowAsync(dc, guide, step, state, cancellationToken);
    }

    private Task<DialogTurnResult> ShowAsync(DialogContext dc, Guide guide, GuideStep step, GuideState state, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var first = step == guide.Steps[0] && state.Trail.Count == 0;
        var text = GuideTexts.Step(guide, step, first);
        if (step.Choices.Count == 0 && guide.NextOf(step) is null)
        {
            // The last step: what it says, the sources, and the guide is done.
            (turn.Trace.Intent, turn.Trace.ContentId) = ("guide_done", guide.Id);
            turn.User.Guide = null;
            turn.Send(new OutboundActivity { Text = text, ImageUrl = step.ImageUrl });
            var sources = GuideTexts.Sources(guide, catalog.Content);
            turn.Send(new OutboundActivity
            {
                Text = sources.Length > 0 ? $"{sources}\n\n{GuideTexts.Done}" : GuideTexts.Done,
                QuickReplies =
                [
                    new QuickReply("Hướng dẫn khác", GuidePayloads.List),
                    new QuickReply("Gặp cán bộ", Payloads.Handoff),
                    new QuickReply("Menu chính", Payloads.Menu),
                ],
            });
            return dc.EndDialogAsync(null, cancellationToken);
        }

        state.StepId = step.Id;
        dc.ActiveDialog!.SetState(state);
        turn.User.Guide = new GuideProgress(guide.Id, step.Id, [.. state.Trail], time.GetUtcNow());
        var buttons = new List<QuickReply>();
        buttons.AddRange(step.Choices.Count > 0
            ? step.Choices.Select(c => new QuickReply(c.Title, GuidePayloads.GoPrefix + c.Next))
            : [new QuickReply("Tiếp", GuidePayloads.Next)]);
        if (state.Trail.Count > 0)
        {
            buttons.Add(new QuickReply("Quay lại", GuidePayloads.Back));
        }

        buttons.Add(new QuickReply("Gặp cán bộ", Payloads.Handoff));
        buttons.Add(new QuickReply("Thoát", GuidePayloads.Exit));
        turn.Send(new OutboundActivity { Text = text, ImageUrl = step.ImageUrl, QuickReplies = buttons });
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    private static OutboundActivity ListOf(ContentSet content, string text) => new()
    {
        Text = text,
        QuickReplies = [.. content.Guides.Select(g => new QuickReply(g.MenuTitle, GuidePayloads.Start(g.Id))), new QuickReply("Gặp cán bộ", Payloads.Handoff), new QuickReply("Menu chính", Payloads.Menu)],
    };
}
