using CdsBot.Dialogs.Activities;

namespace CdsBot.Inbox;

/// <summary>A channel's half of outbound delivery: rendering and sending one reply within the channel's limits.</summary>
public interface IOutboundChannel
{
    string Channel { get; }

    /// <summary>
    /// Sends <paramref name="activity"/> to <paramref name="recipientId"/>, retrying transient faults itself. A reply may
    /// go out as several platform messages (long text split); the first <paramref name="partsAlreadySent"/> were sent by
    /// an earlier attempt and are skipped. <paramref name="reference"/> names the outbox row ("cdsbot:outbound:42"); a
    /// channel whose platform carries a tag of the sender's own with a message (Messenger's message.metadata, echoed back)
    /// sends it there with the part's index, the only idempotency hint such platforms offer. Returns the outcome, with
    /// how many parts are sent now; throws only for faults it could not classify (the relay then retries later).
    /// </summary>
    Task<SendOutcome> SendAsync(string recipientId, OutboundActivity activity, int partsAlreadySent, string? reference, CancellationToken cancellationToken);
}
