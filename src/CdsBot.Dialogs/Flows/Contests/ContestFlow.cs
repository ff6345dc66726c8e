using System.Globalization;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;

namespace CdsBot.Dialogs.Flows.Contests;

/// <summary>
/// Quiz contests as a flow: "thi" (or "tham gia thi", "cuộc thi"), the CONTEST button a campaign or deep link carries,
/// "Bắt đầu", and every answer button, each a one-turn step checked by the <see cref="IContestDesk"/>.
/// </summary>
public sealed class ContestFlow(ContestDialog dialog) : IFlow
{
    private static readonly HashSet<string> JoinWords = ["thi", "tham gia thi", "du thi", "cuoc thi", "vao thi", "thi tiep"];

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

        if (payload.StartsWith(ContestPayloads.GoPrefix, StringComparison.Ordinal))
        {
            return long.TryParse(payload[ContestPayloads.GoPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var round)
                ? new FlowStart(new ContestStep(GoRound: round))
                : new FlowStart(new ContestStep());
        }

        return ContestPayloads.ReadAnswer(payload) is { } answer ? new FlowStart(new ContestStep(Answer: answer)) : null;
    }

    /// <inheritdoc />
    public FlowStart? FromText(TurnContext turn, string text) => JoinWords.Contains(Phrases.Folded(text)) ? new FlowStart(new ContestStep()) : null;
}
