using System.Text.Json.Nodes;
using CdsBot.Broadcasts;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// Turns a stored Messenger event into a channel-neutral activity: a quick-reply payload is checked before the text
/// (the text is only the button's title), postbacks carry their payload (Get Started sends "GET_STARTED"), referrals
/// and opt-ins open the conversation; attachments become attachments.
/// </summary>
/// <remarks>Delivery and read receipts are recorded on campaign messages and produce no turn; they do not open the window.</remarks>
public sealed class MessengerInbound(MessengerUsers users, MessengerApiClient api, DeliveryReceipts receipts, IOptions<MessengerOptions> options, ILogger<MessengerInbound> logger) : IInboundChannel
{
    public string Channel => MessengerWebhookApi.Channel;

    public async Task<InboundActivity?> ToActivityAsync(InboxEventRecord inboxEvent, CancellationToken cancellationToken)
    {
        var item = JsonNode.Parse(inboxEvent.Body)!.AsObject();
        var psid = MessengerEventParser.Text(item["sender"]?["id"])!;
        if (item["delivery"] is JsonObject || item["read"] is JsonObject)
        {
            await RecordReceiptAsync(psid, item, cancellationToken);
            return null;
        }

        var timestampMs = long.TryParse(MessengerEventParser.Text(item["timestamp"]), out var ms) ? ms : 0;
        await users.RecordInboundAsync(psid, timestampMs, cancellationToken);
        var activity = new InboundActivity
        {
            Channel = Channel,
            UserId = psid,
            ConversationId = psid,
            MessageId = inboxEvent.ChannelMessageId,
            Timestamp = timestampMs > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(timestampMs) : inboxEvent.ReceivedAt,
        };

        if (item["message"] is JsonObject message)
        {
            activity = activity with
            {
                Payload = MessengerEventParser.Text(message["quick_reply"]?["payload"]),
                Text = MessengerEventParser.Text(message["text"]),
                Attachments = message["attachments"] is JsonArray attachments
                    ? [.. attachments.OfType<JsonObject>().Select(a => new InboundAttachment(KindOf(MessengerEventParser.Text(a["type"])), MessengerEventParser.Text(a["payload"]?["url"])))]
                    : [],
            };
        }
        else if (item["postback"] is JsonObject postback)
        {
            // Postbacks delivered on standby carry the title but not the payload; the title then stands in as text.
            var payload = MessengerEventParser.Text(postback["payload"]);
            activity = payload is null ? activity with { Text = MessengerEventParser.Text(postback["title"]) } : activity with { Payload = payload };
        }
        else
        {
            activity = activity with { Kind = ActivityKind.Follow };
        }

        await TypingAsync(psid, cancellationToken);
        return activity;
    }

    /// <summary>{"delivery": {"mids", "watermark"}} or {"read": {"watermark"}}: what reached (or was read by) the person.</summary>
    private async Task RecordReceiptAsync(string psid, JsonObject item, CancellationToken cancellationToken)
    {
        var read = item["read"] is JsonObject;
        var receipt = item[read ? "read" : "delivery"];
        if (receipt?["mids"] is JsonArray mids)
        {
            await receipts.RecordByMessageIdsAsync([.. mids.Select(MessengerEventParser.Text).OfType<string>()], read, cancellationToken);
        }

        if (long.TryParse(MessengerEventParser.Text(receipt?["watermark"]), out var watermark))
        {
            await receipts.RecordByWatermarkAsync(Channel, psid, watermark, read, cancellationToken);
        }
    }

    private async Task TypingAsync(string psid, CancellationToken cancellationToken)
    {
        if (!options.Value.TypingIndicator)
        {
            return;
        }

        try
        {
            await api.SenderActionAsync(psid, "typing_on", cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The indicator is a courtesy; the answer must not wait on it.
            logger.LogDebug("typing_on for {Psid} failed: {Error}", psid, ex.Message);
        }
    }

    private static AttachmentKind KindOf(string? type) => type switch
    {
        "image" => AttachmentKind.Image,
        "sticker" => AttachmentKind.Sticker,
        "audio" => AttachmentKind.Audio,
        "video" or "reel" or "ig_reel" => AttachmentKind.Video,
        "file" => AttachmentKind.File,
        "location" => AttachmentKind.Location,
        "fallback" => AttachmentKind.Link,
        _ => AttachmentKind.Other,
    };
}
