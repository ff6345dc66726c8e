using CdsBot.Dialogs.Activities;
using CdsBot.Storage;

namespace CdsBot.Inbox;

/// <summary>
/// What a channel reads from a stored event: the activity for the dialogs, what the event says of its sender (their reply
/// window, a follow), written in the transaction that commits the turn, and a courtesy call to the platform already under
/// way (a typing indicator), which the reply waits for so that it never arrives after the answer.
/// </summary>
/// <param name="Activity">The channel-neutral activity.</param>
/// <param name="RecordSender">Adds the sender's bookkeeping to the turn's writes; null when there is none.</param>
/// <param name="Courtesy">The courtesy call, started; null when there is none. It never fails.</param>
public sealed record InboundEvent(
    InboundActivity Activity,
    Action<StatementBatch>? RecordSender = null,
    Task? Courtesy = null);
