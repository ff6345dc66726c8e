using System.Globalization;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;

namespace CdsBot.Dialogs.Flows.Contests;

/// <summary>
/// A quiz contest in chat, one turn at a time: the open round's rules and "Bắt đầu", then each question with its answers
/// as buttons, the verdict and the next question, and at the end the score and provisional rank. Everything is kept by
/// the <see cref="IContestDesk"/>, which checks each answer whole, so the dialog holds nothing between turns: a
/// question typed mid-contest is answered as usual and the next answer button still counts.
/// </summary>
public sealed class ContestDialog(IContestDesk desk, MainMenu menu) : Dialog(DialogId)
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "contest";

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        turn.Trace.Intent = "contest";
        var step = options as ContestStep ?? new ContestStep();
        var (channel, user) = (turn.Activity.Channel, turn.Activity.UserId);
        if (step.Answer is var (attempt, position, question, choice))
        {
            Answered(turn, await desk.AnswerAsync(attempt, channel, user, position, question, choice, cancellationToken));
        }
        else if (step.GoRound is { } roundId)
        {
            var start = await desk.StartAsync(roundId, channel, user, cancellationToken);
            switch (start.Kind)
            {
                case StartKind.Started or StartKind.Resumed:
                    Ask(turn, start.Question!, start.Kind == StartKind.Resumed ? "Anh/Chị thi tiếp từ câu đang dở." : null);
                    break;
                case StartKind.AlreadyTaken:
                    turn.Send(menu.With("Anh/Chị đã thi vòng này rồi (mỗi người một lượt mỗi vòng). Kết quả và đáp án được công bố khi vòng thi kết thúc."));
                    break;
                default:
                    turn.Send(menu.With("Vòng thi này hiện không mở. Anh/Chị gõ \"thi\" để xem vòng thi đang mở."));
                    break;
            }
        }
        else if (await desk.OpenRoundAsync(cancellationToken) is { } round)
        {
            var ends = round.EndsAt.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
            turn.Send(new OutboundActivity
            {
                Text = $"{round.Title} – {round.RoundName}\nĐơn vị tổ chức: {round.Organiser}\n\n{round.Rules}\n\n" +
                       $"Mỗi lượt thi có {round.Questions} câu hỏi, mỗi câu {round.Seconds} giây; mỗi người thi một lượt. Vòng thi kết thúc lúc {ends}.",
                QuickReplies = [new QuickReply("Bắt đầu", ContestPayloads.Go(round.RoundId)), new QuickReply("Để sau", Payloads.Menu)],
            });
        }
        else
        {
            turn.Send(menu.With("Hiện chưa có cuộc thi nào đang mở. Khi có cuộc thi, trợ lý sẽ thông báo cho người đăng ký nhận tin."));
        }

        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private static void Ask(TurnContext turn, AskedQuestion question, string? before)
    {
        var text = $"Câu {question.Position + 1}/{question.Total} ({question.Seconds} giây): {question.Text}";
        turn.Send(new OutboundActivity
        {
            Text = before is null ? text : $"{before}\n\n{text}",
            QuickReplies = [.. question.Choices.Select((c, i) => new QuickReply(c, ContestPayloads.Answer(question, i)))],
        });
    }

    private void Answered(TurnContext turn, ContestAnswer answer)
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
            return;
        }

        if (answer.Next is { } next)
        {
            Ask(turn, next, verdict);
            return;
        }

        turn.Trace.Intent = "contest_done";
        var rank = answer.Rank is { } r ? $" Xếp hạng tạm thời: {r}/{answer.Participants}." : "";
        turn.Send(menu.With($"{verdict}\n\nAnh/Chị đã hoàn thành lượt thi: đúng {answer.Score}/{answer.Total} câu.{rank} Đáp án đúng được công bố khi vòng thi kết thúc. Cảm ơn Anh/Chị đã tham gia!"));
    }
}
