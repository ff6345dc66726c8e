using System.Globalization;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.State;

namespace CdsBot.Dialogs.Engine;

/// <summary>
/// Lets a citizen pick an offered quick reply by its number. Channels that cannot show buttons (or show fewer than
/// offered) list the choices as "1. …", "2. …"; the number typed back becomes that choice's payload, so every
/// dialog sees the same payload whichever way the choice was made.
/// </summary>
public static class NumberedChoice
{
    /// <summary>The activity with the payload of the offered choice its text numbers, if it is such a number.</summary>
    public static InboundActivity Resolve(InboundActivity activity, ConversationData conversation)
    {
        if (activity.Payload is null
            && conversation.OfferedChoices.Count > 0
            && int.TryParse(activity.Text?.Trim().TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= conversation.OfferedChoices.Count)
        {
            return activity with { Payload = conversation.OfferedChoices[number - 1].Payload };
        }

        return activity;
    }

    /// <summary>Remembers the quick replies of the turn's last reply (none when it offered none).</summary>
    public static void Remember(TurnContext turn)
    {
        var last = turn.Replies.Count > 0 ? turn.Replies[^1].QuickReplies : [];
        if (turn.Replies.Count > 0 || turn.Activity.Kind == ActivityKind.Message)
        {
            turn.Conversation.OfferedChoices = [.. last];
        }
    }
}
