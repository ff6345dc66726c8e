using System.Text.Json;
using CdsBot.Broadcasts;
using CdsBot.Dialogs.Engine;
using CdsBot.Inbox;
using CdsBot.Observability;
using CdsBot.Storage;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.WebChat;

/// <summary>
/// Runs one web turn through the durable inbox while the request waits: the message is stored as an inbox event already
/// leased to this request (so the worker leaves it alone), the turn is committed with its replies in the outbox
/// (<see cref="InboxCommit"/>, deferred campaign messages included), and the relay hands the replies to the page's
/// mailbox. If the request dies mid-turn the lease runs out and the worker runs the stored event instead; the reply
/// then reaches the page through the stream.
/// </summary>
public sealed class WebChatTurns(
    GroupCommit groupCommit,
    TurnRunner runner,
    OutboundRelay relay,
    IOptions<InboxOptions> inbox,
    IOptions<BroadcastOptions> broadcasts,
    CdsBotMetrics metrics,
    TimeProvider time)
{
    public async Task<TurnOutcome> RunAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var channelMessageId = Guid.NewGuid().ToString("N");
        var body = JsonSerializer.Serialize(request, JsonSerializerOptions.Web);
        var traceParent = Telemetry.CurrentTraceParent; // read here: the committer runs the unit without this request's span
        InboxEventRecord? inboxEvent = null;
        await groupCommit.RunAsync(async (db, ct) =>
        {
            // A new row each time the unit runs: when another unit of its batch fails, the batch is rolled back and run
            // again, and a row kept from the first run would carry the id the rolled-back insert was given, which another
            // instance may have taken meanwhile.
            inboxEvent = NewEvent(request.ConversationId!, channelMessageId, body, traceParent, now);
            db.InboxEvents.Add(inboxEvent);
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);

        var activity = WebChatInbound.ToActivity(request, now, channelMessageId);
        var outcome = await InboxTurn.RunAsync(runner, activity, new InboxCommit(groupCommit, inboxEvent!, activity, null, null, broadcasts.Value, metrics, time), cancellationToken);
        await relay.RelayAsync(inboxEvent!.Id, CancellationToken.None);
        return outcome;
    }

    private InboxEventRecord NewEvent(string conversationId, string channelMessageId, string body, string? traceParent, DateTimeOffset now) => new()
    {
        Channel = WebChatApi.Channel,
        ChannelMessageId = channelMessageId,
        ConversationId = conversationId,
        Body = body,
        ReceivedAt = now,
        Attempts = 1,
        LeaseOwner = "webchat-request",
        LeaseUntilMs = now.ToUnixTimeMilliseconds() + (inbox.Value.LeaseSeconds * 1000L),
        TraceParent = traceParent,
    };
}
