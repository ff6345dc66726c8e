using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Handoff;

namespace CdsBot.Dialogs.Flows.Urgent;

/// <summary>Sends the immediate safety answer for a scam in progress or money lost: no retrieval, no suggestions.</summary>
public static class UrgentResponder
{
    /// <summary>The trace intent of a safety answer.</summary>
    public const string Intent = "urgent";

    /// <summary>Sends the safety answer with "Gặp cán bộ" and "Menu chính" under it.</summary>
    public static void Answer(TurnContext turn, UrgentSituation situation)
    {
        turn.Trace.Intent = Intent;
        turn.Send(new OutboundActivity
        {
            Text = UrgentTexts.For(situation),
            QuickReplies = [new QuickReply("Gặp cán bộ", Payloads.Handoff), new QuickReply("Menu chính", Payloads.Menu)],
        });
    }

    /// <summary>
    /// Sends the safety answer in the middle of a flow, which it cancels. "Gặp cán bộ" goes on instead: there the
    /// citizen is telling staff what happened, and cancelling would send them round in a loop (describe the scam →
    /// safety answer → "Gặp cán bộ" → describe it again); they get the safety steps and their words still reach staff.
    /// </summary>
    public static async Task<DialogTurnResult> InterruptAsync(DialogContext inner, UrgentSituation situation, CancellationToken cancellationToken)
    {
        if (inner.ActiveDialog?.Id == HandoffDialog.DialogId)
        {
            inner.Turn.SendText(UrgentTexts.For(situation));
            var result = await inner.ContinueDialogAsync(cancellationToken);
            inner.Turn.Trace.Intent = Intent;
            return result;
        }

        await inner.CancelAllDialogsAsync(cancellationToken);
        Answer(inner.Turn, situation);
        return DialogTurnResult.Empty;
    }
}
