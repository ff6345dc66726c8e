using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;

namespace CdsBot.Channels.WebChat;

/// <summary>
/// The web chat's half of outbound delivery. The page has no address to call: a reply is delivered by being marked sent
/// in the outbox, which is the conversation's mailbox; the page's stream reads it from there while the page is open, and
/// the history shows it on the next visit. Sending only wakes this instance's streams.
/// </summary>
public sealed class WebChatSender(WebChatStreams streams) : IOutboundChannel
{
    public string Channel => WebChatApi.Channel;

    public Task<SendOutcome> SendAsync(string recipientId, OutboundActivity activity, int partsAlreadySent, string? reference, CancellationToken cancellationToken)
    {
        streams.Notify();
        return Task.FromResult(SendOutcome.Sent(reference));
    }
}
