using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Privacy;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Insights;

/// <summary>
/// Adds a turn's row to the turn log inside the turn's own transaction (<see cref="Inbox.InboxCommit"/>), so a turn run
/// again after a lost race or a crash is logged once; a 👍/👎 turn also marks the row of the conversation's latest answer
/// of the item it rates (a second vote replaces the first, as the item's feedback does).
/// </summary>
public static partial class TurnLogWriter
{
    public const int MaxQuestionLength = 500;

    /// <summary>Adds the turn's row to <paramref name="batch"/>; a rating's mark on the rated answer's row is written at once.</summary>
    public static async Task AppendAsync(StatementBatch batch, InboundActivity activity, TurnTrace trace, long latencyMs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = batch.Db;
        if (trace is { Helpful: { } helpful, ContentId: { } rated })
        {
            var latest = db.TurnLog
                .Where(t => t.Channel == activity.Channel && t.ConversationId == activity.ConversationId && t.ItemId == rated && t.Route != "feedback")
                .OrderByDescending(t => t.Id).Select(t => t.Id).Take(1);
            await db.TurnLog.Where(t => latest.Contains(t.Id)).ExecuteUpdateAsync(t => t.SetProperty(x => x.Helpful, helpful), cancellationToken);
        }

        // One statement per turn, the subscriber's locality read inside it: SaveChanges and a separate read cost a turn
        // more CPU than the row (see CompiledQuery).
        var question = activity.Kind == ActivityKind.Message ? Normalize(activity.Text) : null;
        var latency = (int)Math.Clamp(latencyMs, 0, int.MaxValue);
        batch.Add(
            $"""
             INSERT INTO turn_log ("AtMs", "Day", "Channel", "ConversationId", "Locality", "Question", "Route", "ItemId", "PassageId", "Score", "Band", "Rephrase", "LatencyMs")
             VALUES ({now.ToUnixTimeMilliseconds()}, {DayOf(now)}, {activity.Channel}, {activity.ConversationId},
               (SELECT NULLIF(s."Locality", '') FROM subscriptions s WHERE s."Channel" = {activity.Channel} AND s."UserId" = {activity.UserId} LIMIT 1),
               {question}, {trace.Intent}, {trace.ContentId}, {trace.PassageId}, {trace.Score}, {trace.Band}, {trace.Rephrase}, {latency})
             """);
    }

    /// <summary>The date in Vietnam of <paramref name="at"/>, as the turn log's Day column holds it.</summary>
    public static string DayOf(DateTimeOffset at) => at.ToOffset(VietnamTime.Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The text as the turn log keeps it: personal data masked, composed (NFC), lower case, single spaces, at most <see cref="MaxQuestionLength"/> characters.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var masked = PiiMask.Mask(text.Normalize(NormalizationForm.FormC))!;
        var normalized = Spaces().Replace(masked, " ").Trim().ToLowerInvariant();
        return normalized.Length <= MaxQuestionLength ? normalized : normalized[..MaxQuestionLength];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
