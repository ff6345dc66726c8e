using System.Globalization;
using System.Text;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.Flows.Handoff;
using CdsBot.Dialogs.Flows.Root;

namespace CdsBot.Dialogs.Flows.Contests;

/// <summary>
/// A quiz contest in chat. Playing is one turn at a time: the open round's rules and "Bắt đầu", then each question with
/// its answers as buttons, the verdict and the next question. Everything is kept by the <see cref="IContestDesk"/>,
/// which checks each answer whole, so nothing is held between those turns: a question typed mid-contest is answered as
/// usual and the next answer button still counts. Once the last answer is in, the dialog stays for the claim: the
/// tie-breaker prediction (when the contest has one) and, optionally, a phone number for prizes given with consent;
/// then the score and provisional rank. "kết quả thi" shows the result, and the right answers once the round has closed.
/// </summary>
public sealed class ContestDialog : ComponentDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "contest";

    /// <summary>The version of the wording under which a phone number is given; recorded with the consent.</summary>
    public const string ContactWording = "contest-contact/1";

    /// <summary>The question asking for a phone number, naming its only use.</summary>
    public const string ContactQuestion =
        "Để Ban tổ chức liên hệ trao giải nếu Anh/Chị đạt giải, Anh/Chị có thể nhắn số điện thoại (không bắt buộc). " +
        "Số điện thoại chỉ dùng để liên hệ về giải thưởng của cuộc thi này; khi nhắn số, Anh/Chị đồng ý để Ban tổ chức dùng số đó. " +
        "Nếu không, Anh/Chị chọn \"Bỏ qua\".";

    private const string Claim = "contest.claim";
    private const string AskPrediction = "contest.prediction";
    private const string AskContact = "contest.contact";

    private readonly IContestDesk _desk;
    private readonly MainMenu _menu;

    /// <summary>Creates the dialog.</summary>
    public ContestDialog(IContestDesk desk, MainMenu menu) : base(DialogId)
    {
        _desk = desk;
        _menu = menu;
        AddDialog(new WaterfallDialog(Claim, [AskPredictionAsync, AskContactAsync, ThankAsync]));
        AddDialog(new NumberPrompt(AskPrediction, (context, _) => Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value is >= 0 and <= 1_000_000_000 && decimal.Truncate(context.Recognized.Value) == context.Recognized.Value)));
        AddDialog(new PhonePrompt(AskContact));
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnBeginAsync(DialogContext inner, object? options, CancellationToken cancellationToken)
    {
        var turn = inner.Turn;
        turn.Trace.Intent = "contest";
        var step = options as ContestStep ?? new ContestStep();
        var (channel, user) = (turn.Activity.Channel, turn.Activity.UserId);
        if (step.Answer is var (attempt, position, question, choice))
        {
            var answer = await _desk.AnswerAsync(attempt, channel, user, position, question, choice, turn.Activity.MessageId, cancellationToken);
            if (Answered(turn, answer))
            {
                return await inner.BeginDialogAsync(Claim, new ContestClaim(attempt, answer.PredictionQuestion), cancellationToken);
            }
        }
        else if (step.Result)
        {
            await ShowResultAsync(turn, cancellationToken);
        }
        else if (step.GoRound is { } roundId)
        {
            var start = await _desk.StartAsync(roundId, channel, user, cancellationToken);
            switch (start.Kind)
            {
                case StartKind.Started or StartKind.Resumed:
                    Ask(turn, start.Question!, start.Kind == StartKind.Resumed ? "Anh/Chị thi tiếp từ câu đang dở." : null);
                    break;
                case StartKind.AlreadyTaken:
                    turn.Send(_menu.With("Anh/Chị đã thi vòng này rồi (mỗi người một lượt mỗi vòng). Gõ \"kết quả thi\" để xem kết quả; đáp án đúng được công bố khi vòng thi kết thúc."));
                    break;
                default:
                    turn.Send(_menu.With("Vòng thi này hiện không mở. Anh/Chị gõ \"thi\" để xem vòng thi đang mở."));
                    break;
            }
        }
        else if (await _desk.OpenRoundAsync(cancellationToken) is { } round)
        {
            turn.Send(new OutboundActivity
            {
                Text = $"{round.Title} – {round.RoundName}\nĐơn vị tổ chức: {round.Organiser}\n\n{round.Rules}\n\n" +
                       $"Mỗi lượt thi có {round.Questions} câu hỏi, mỗi câu {round.Seconds} giây; mỗi người thi một lượt. Vòng thi kết thúc lúc {Local(round.EndsAt)}.",
                QuickReplies = [new QuickReply("Bắt đầu", ContestPayloads.Go(round.RoundId)), new QuickReply("Để sau", Payloads.Menu)],
            });
        }
        else
        {
            turn.Send(_menu.With("Hiện chưa có cuộc thi nào đang mở. Khi có cuộc thi, trợ lý sẽ thông báo cho người đăng ký nhận tin."));
        }

        return new DialogTurnResult(DialogTurnStatus.Complete);
    }

    private static string Local(DateTimeOffset at) => at.ToOffset(VietnamTime.Offset).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static void Ask(TurnContext turn, AskedQuestion question, string? before)
    {
        var text = $"Câu {question.Position + 1}/{question.Total} ({question.Seconds} giây): {question.Text}";
        turn.Send(new OutboundActivity
        {
            Text = before is null ? text : $"{before}\n\n{text}",
            QuickReplies = [.. question.Choices.Select((c, i) => new QuickReply(c, ContestPayloads.Answer(question, i)))],
        });
    }

    /// <summary>Sends the verdict and the next question; true when this answer finished the attempt (the claim follows).</summary>
    private static bool Answered(TurnContext turn, ContestAnswer answer)
    {
        var verdict = answer.Kind switch
        {
            AnswerKind.Accepted => answer.Correct ? "Chính xác!" : "Chưa đúng.",
            AnswerKind.TooLate => "Hết thời gian cho câu này, câu trả lời không được tính.",
            _ => null,
        };
        if (verdict is null)
        {
            turn.Trace.Intent = "contest_refused";
            turn.SendText("Câu trả lời này không được tính: câu hỏi đã được trả lời, hoặc không phải câu hỏi hiện tại của Anh/Chị.");
            return false;
        }

        if (answer.Next is { } next)
        {
            Ask(turn, next, verdict);
            return false;
        }

        turn.Trace.Intent = "contest_done";
        turn.SendText($"{verdict}\n\nAnh/Chị đã hoàn thành lượt thi: đúng {answer.Score}/{answer.Total} câu.");
        return true;
    }

    private static async Task<DialogTurnResult> AskPredictionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Turn.Trace.Intent = "contest_done";
        var claim = step.GetOptions<ContestClaim>()!;
        if (claim.PredictionQuestion is null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(AskPrediction, new PromptOptions
        {
            Prompt = $"Câu hỏi phụ (dùng để xếp hạng khi bằng số câu đúng và thời gian): {claim.PredictionQuestion}\nAnh/Chị nhắn một con số.",
            RetryPrompt = "Anh/Chị nhắn một số nguyên không âm (ví dụ 1500) để trả lời câu hỏi phụ nhé.",
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskContactAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        turn.Trace.Intent = "contest_done";
        var claim = step.GetOptions<ContestClaim>()!;
        if (step.Result is decimal prediction)
        {
            var taken = await _desk.PredictAsync(claim.AttemptId, turn.Activity.Channel, turn.Activity.UserId, (long)prediction, cancellationToken);
            step.SetValue("predicted", taken ? "yes" : "no");
        }

        return await step.PromptAsync(AskContact, new PromptOptions
        {
            Prompt = ContactQuestion,
            RetryPrompt = "Số điện thoại chưa đúng. Anh/Chị nhắn số gồm 10 chữ số (ví dụ 0912 345 678), hoặc chọn \"Bỏ qua\".",
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ThankAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Turn;
        turn.Trace.Intent = "contest_done";
        var claim = step.GetOptions<ContestClaim>()!;
        var (channel, user) = (turn.Activity.Channel, turn.Activity.UserId);
        var text = new StringBuilder();
        if (step.GetValue<string>("predicted") == "no")
        {
            text.Append("Câu trả lời phụ không được ghi nhận vì vòng thi đã kết thúc. ");
        }

        if (step.Result is string { Length: > 0 } phone
            && await _desk.LeaveContactAsync(claim.AttemptId, channel, user, phone, turn.Activity.Timestamp, ContactWording, cancellationToken))
        {
            text.Append("Đã ghi nhận số điện thoại để liên hệ trao giải. ");
        }

        text.Append("Cảm ơn Anh/Chị đã tham gia!");
        if (await _desk.StandingAsync(claim.AttemptId, channel, user, cancellationToken) is { } standing)
        {
            if (standing.Rank is { } rank)
            {
                text.Append(CultureInfo.InvariantCulture, $" Xếp hạng tạm thời: {rank}/{standing.Participants}.");
            }

            text.Append(CultureInfo.InvariantCulture, $"\n\nĐáp án đúng và kết quả chính thức được công bố khi vòng thi kết thúc ({Local(standing.EndsAt)}); khi đó Anh/Chị gõ \"kết quả thi\" để xem.");
        }

        turn.Send(_menu.With(text.ToString()));
        return await step.EndAsync(null, cancellationToken);
    }

    private async Task ShowResultAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.Trace.Intent = "contest_result";
        var result = await _desk.LatestResultAsync(turn.Activity.Channel, turn.Activity.UserId, cancellationToken);
        if (result is null)
        {
            turn.Send(_menu.With("Anh/Chị chưa hoàn thành lượt thi nào. Gõ \"thi\" để xem cuộc thi đang mở."));
            return;
        }

        var text = new StringBuilder($"{result.Title} – {result.RoundName}\nAnh/Chị đúng {result.Score}/{result.Total} câu.");
        if (result.Rank is { } rank)
        {
            text.Append(CultureInfo.InvariantCulture, $" Xếp hạng {(result.Closed ? "chung cuộc" : "tạm thời")}: {rank}/{result.Participants}.");
        }

        if (!result.Closed)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\nĐáp án đúng được công bố khi vòng thi kết thúc ({Local(result.EndsAt)}).");
        }
        else
        {
            text.Append("\n\nĐáp án đúng:");
            foreach (var (question, i) in result.Review.Select((q, i) => (q, i)))
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {question.Text}\n→ {question.RightAnswer} {(question.AnsweredRight ? "✓" : "(Anh/Chị chưa đúng)")}");
            }
        }

        turn.Send(_menu.With(text.ToString()));
    }

    /// <summary>What the claim after the last answer needs: the attempt, and the tie-breaker question if the contest has one.</summary>
    private sealed record ContestClaim(long AttemptId, string? PredictionQuestion);
}
