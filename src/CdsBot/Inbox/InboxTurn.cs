using System.Diagnostics;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Observability;

namespace CdsBot.Inbox;

/// <summary>Runs an inbox event's turn in a "turn" span, tagged with the event, its conversation and the intent found.</summary>
public static class InboxTurn
{
    public static async Task<TurnOutcome> RunAsync(TurnRunner runner, InboundActivity activity, InboxCommit commit, CancellationToken cancellationToken)
    {
        using var span = Telemetry.Source.StartActivity("turn")?
            .SetTag(Telemetry.EventTag, commit.EventId).SetTag(Telemetry.ChannelTag, activity.Channel).SetTag(Telemetry.ConversationTag, activity.ConversationId);
        var outcome = await runner.RunAsync(activity, commit, cancellationToken);
        span?.SetTag("cdsbot.turn.intent", outcome.Trace.Intent).SetTag("cdsbot.turn.replies", outcome.Replies.Count);
        return outcome;
    }
}
