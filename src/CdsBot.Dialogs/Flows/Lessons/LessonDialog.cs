using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Lessons;

/// <summary>
/// A lesson, one message at a time ("Tiếp", "Thoát"), then its check question: right or wrong, the citizen gets the
/// explanation, the lesson counts as finished (recorded for staff once per answer given), and the next lesson is
/// offered. The place reached is kept in the citizen's profile ("học tiếp"). A message not for the lesson goes to the root.
/// </summary>
public sealed class LessonDialog(ContentCatalog catalog, MainMenu menu, ILessonLog log, TimeProvider time) : Dialog(DialogId)
{
    /// <summary>The dialog's id, persisted in conversations.</summary>
    public const string DialogId = "lesson";

    private static readonly HashSet<string> NextWords = ["tiep", "tiep theo", "tiep di", "next", "ok", "oke", "roi", "hieu roi", "da hieu"];

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        turn.Trace.Intent = "lesson";
        var start = options as LessonStart ?? new LessonStart(null);
        var content = catalog.Content;
        if (start.LessonId is null || content.FindLesson(start.LessonId) is not { } lesson)
        {
            turn.Send(ListOf(content, start.ListText));
            return dc.EndDialogAsync(null, cancellationToken);
        }

        return ShowAsync(dc, lesson, new LessonState { LessonId = lesson.Id, At = Math.Clamp(start.At, 0, lesson.Messages.Count) });
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var state = dc.ActiveDialog!.GetState<LessonState>();
        var content = catalog.Content;
        if (content.FindLesson(state.LessonId) is not { } lesson || state.At > lesson.Messages.Count)
        {
            turn.Trace.Intent = "lesson";
            turn.User.Lessons.Open = null;
            turn.Send(ListOf(content, LessonTexts.Gone));
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var activity = turn.Activity;
        var said = Phrases.Folded(activity.Payload is null ? activity.Text : null);
        var payload = activity.Payload ?? activity.Text ?? "";
        var atCheck = state.At == lesson.Messages.Count;
        if (payload == LessonPayloads.Exit)
        {
            turn.Trace.Intent = "lesson_left";
            turn.Send(menu.With(LessonTexts.Left));
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (!atCheck && (payload == LessonPayloads.Next || NextWords.Contains(said)))
        {
            turn.Trace.Intent = "lesson";
            state.At++;
            return await ShowAsync(dc, lesson, state);
        }

        if (payload.StartsWith(LessonPayloads.AnswerPrefix, StringComparison.Ordinal) || payload == LessonPayloads.Next)
        {
            // An answer from an earlier message, another lesson or an old button: only this lesson's check takes one.
            turn.Trace.Intent = "lesson";
            var index = AnswerIndex(payload, lesson.Id);
            if (atCheck && index is { } chosen && chosen < lesson.Check.Choices.Count)
            {
                return await FinishAsync(dc, lesson, chosen, cancellationToken);
            }

            turn.SendText(LessonTexts.ChooseAnAnswer);
            return await ShowAsync(dc, lesson, state);
        }

        if (atCheck && lesson.Check.Choices.Select((c, i) => (c, i)).FirstOrDefault(x => Phrases.Folded(x.c.Title) == said) is { c: not null } typed)
        {
            turn.Trace.Intent = "lesson";
            return await FinishAsync(dc, lesson, typed.i, cancellationToken);
        }

        // Not for the lesson: it stays where it is ("học tiếp" resumes it) and the root routes the message.
        return await dc.EndDialogAsync(FlowHandBack.Instance, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(DialogContext dc, Lesson lesson, int chosen, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var correct = lesson.Check.Choices[chosen].Correct;
        var right = lesson.Check.Choices.First(c => c.Correct);
        turn.Trace.Intent = "lesson_done";
        turn.Send(OutboundActivity.FromText(correct
            ? $"{LessonTexts.Right}\n\n{lesson.Check.Explanation}"
            : $"{LessonTexts.Wrong} Đáp án đúng là: \"{right.Title}\".\n\n{lesson.Check.Explanation}"));
        var progress = turn.User.Lessons;
        progress.Open = null;
        progress.Reached = 0;
        if (!progress.Finished.Contains(lesson.Id))
        {
            progress.Finished.Add(lesson.Id);
        }

        await log.RecordAsync(new LessonResult(turn.Activity.Channel, turn.Activity.UserId, lesson.Id, correct, time.GetUtcNow()), cancellationToken);
        var next = catalog.Content.Lessons.FirstOrDefault(l => !progress.Finished.Contains(l.Id));
        turn.Send(new OutboundActivity
        {
            Text = next is null ? $"{LessonTexts.Finished} Anh/Chị đã học hết các bài." : $"{LessonTexts.Finished} Bài tiếp theo: {next.Title}.",
            QuickReplies =
            [
                .. next is null ? Array.Empty<QuickReply>() : [new QuickReply("Học bài tiếp", LessonPayloads.Start(next.Id))],
                new QuickReply("Các bài học", LessonPayloads.List),
                new QuickReply("Menu chính", Payloads.Menu),
            ],
        });
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> ShowAsync(DialogContext dc, Lesson lesson, LessonState state)
    {
        var turn = dc.Turn;
        dc.ActiveDialog!.SetState(state);
        turn.User.Lessons.Open = lesson.Id;
        turn.User.Lessons.Reached = state.At;
        if (state.At < lesson.Messages.Count)
        {
            var text = lesson.Messages[state.At];
            turn.Send(new OutboundActivity
            {
                Text = (state.At == 0 ? $"{lesson.Title}\n\n{text}" : text) + $"\n\n({state.At + 1}/{lesson.Messages.Count + 1})",
                QuickReplies = [new QuickReply("Tiếp", LessonPayloads.Next), new QuickReply("Thoát", LessonPayloads.Exit)],
            });
        }
        else
        {
            turn.Send(new OutboundActivity
            {
                Text = $"Câu hỏi: {lesson.Check.Question}",
                QuickReplies = [.. lesson.Check.Choices.Select((c, i) => new QuickReply(c.Title, LessonPayloads.Answer(lesson.Id, i))), new QuickReply("Thoát", LessonPayloads.Exit)],
            });
        }

        return Task.FromResult(DialogTurnResult.Waiting);
    }

    private static int? AnswerIndex(string payload, string lessonId)
    {
        var expected = LessonPayloads.AnswerPrefix + lessonId + ":";
        return payload.StartsWith(expected, StringComparison.Ordinal) && int.TryParse(payload[expected.Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }

    private static OutboundActivity ListOf(ContentSet content, string text) => new()
    {
        Text = text,
        QuickReplies = [.. content.Lessons.Select(l => new QuickReply(l.MenuTitle, LessonPayloads.Start(l.Id))), new QuickReply("Menu chính", Payloads.Menu)],
    };
}
