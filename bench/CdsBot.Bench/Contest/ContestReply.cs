using System.Text.Json;
using CdsBot.Dialogs.Flows.Contests;

namespace CdsBot.Bench.Contest;

/// <summary>What a contest turn's reply from <c>/api/chat</c> says: its intent, its text, and the answer buttons of the question it asks.</summary>
internal sealed record ContestReply(string? Intent, string Text, IReadOnlyList<string> AnswerPayloads)
{
    /// <summary>The place in the attempt of the question the reply asks; null when it asks none.</summary>
    public int? AskedPosition => AnswerPayloads.Count == 0 ? null : ContestPayloads.ReadAnswer(AnswerPayloads[0])?.Position;

    public static ContestReply Read(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var replies = root.GetProperty("replies").EnumerateArray().ToList();
        var intent = root.TryGetProperty("trace", out var trace) && trace.TryGetProperty("intent", out var i) ? i.GetString() : null;
        var text = string.Join("\n", replies.Select(r => r.TryGetProperty("text", out var t) ? t.GetString() : null));
        var payloads = replies.Count > 0 && replies[^1].TryGetProperty("quickReplies", out var quick) && quick.ValueKind == JsonValueKind.Array
            ? quick.EnumerateArray().Select(q => q.GetProperty("payload").GetString() ?? "").Where(p => p.StartsWith(ContestPayloads.AnswerPrefix, StringComparison.Ordinal)).ToList()
            : [];
        return new ContestReply(intent, text, payloads);
    }

    /// <summary>
    /// How a tap went, from its reply: refused; or recorded (in time or too late) and followed by the question at
    /// <paramref name="expectedPosition"/>, or by the score when that is null; anything else is unexpected.
    /// </summary>
    public TapOutcome Judge(int? expectedPosition)
    {
        if (Intent == "contest_refused")
        {
            return TapOutcome.Refused;
        }

        var followed = expectedPosition is { } position ? AskedPosition == position : Intent == "contest_done";
        if (!followed)
        {
            return TapOutcome.Unexpected;
        }

        return Text.StartsWith("Hết thời gian", StringComparison.Ordinal) ? TapOutcome.Late : TapOutcome.Recorded;
    }
}
