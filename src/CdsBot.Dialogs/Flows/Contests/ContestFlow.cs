using System.Globalization;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;

namespace CdsBot.Dialogs.Flows.Contests;

/// <summary>
/// Quiz contests as a flow: "thi" (or "tham gia thi", "cuộc thi"), the CONTEST button a campaign or deep link carries,
/// "Bắt đầu", and every answer button, each a one-turn step checked by the <see cref="IContestDesk"/>; "kết quả thi"
/// (or "xem đáp án") shows the citizen's result.
/// </summary>
public sealed class ContestFlow(ContestDialog dialog) : IFlow
{
    private static readonly HashSet<string> JoinWords = ["thi", "tham gia thi", "du thi", "cuoc thi", "vao thi", "thi tiep"];
    private static readonly HashSet<string> ResultWords = ["ket qua thi", "xem ket qua thi", "dap an", "xem dap an", "dap an cuoc thi", "ket qua cuoc thi"];

    /// <inheritdoc />
    public Dialog Dialog => dialog;

    /// <inheritdoc />
    public MenuEntry? Menu => null;

    /// <inheritdoc />
    public FlowStart? FromPayload(TurnContext turn, string payload)
    {
        if (payload == ContestPayloads.Join)
        {
            return new FlowStart(new ContestStep());
        }

        if (payload == ContestPayloads.Result)
        {
            return new FlowStart(new ContestStep(Result: true));
        }

        if (payload.StartsWith(ContestPayloads.GoPrefix, StringComparison.Ordinal))
        {
            return long.TryParse(payload[ContestPayloads.GoPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var round)
                ? new FlowStart(new ContestStep(GoRound: round))
                : new FlowStart(new ContestStep());
        }

        return ContestPayloads.ReadAnswer(payload) is { } answer ? new FlowStart(new ContestStep(Answer: answer)) : null;
    }

    /// <inheritdoc />
    public FlowStart? FromText(TurnContext turn, string text)
    {
        var folded = Phrases.Folded(text);
        return JoinWords.Contains(folded) ? new FlowStart(new ContestStep())
            : ResultWords.Contains(folded) ? new FlowStart(new ContestStep(Result: true))
            : null;
    }
}
