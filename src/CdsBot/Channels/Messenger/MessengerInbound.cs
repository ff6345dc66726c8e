using CdsBot.Broadcasts;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Messenger;

/// <summary>
/// Turns a stored Messenger event into a channel-neutral activity: a quick-reply payload is checked before the text
/// (the text is only the button's title), postbacks carry their payload (Get Started sends "GET_STARTED"), a deep
/// link's ref (m.me/page?ref=CONTEST, on a referral or a first Get Started) routes as a payload, other referrals and
/// opt-ins open the conversation; attachments become attachments.
/// </summary>
/// <remarks>Delivery and read receipts are recorded on campaign messages and produce no turn; they do not open the window.</remarks>
public sealed class MessengerInbound(MessengerUsers users, MessengerPages pages, MessengerApiClient api, DeliveryReceipts receipts, IOptions<MessengerOptions> options, ILogger<MessengerInbound> logger) : IInboundChannel
{
    public string Channel => MessengerWebhookApi.Channel;

    public async Task<InboundEvent?> ReadAsync(InboxEventRecord inboxEvent, CancellationToken cancellationToken)
    {
        MessengerEvent item;
        try
        {
            item = MessengerEventParser.ReadItem(inboxEvent.Body);
        }
        catch (FormatException ex)
        {
            throw new UnreadableEventException(ex.Message, ex);
        }

        // The webhook stored the item under the person's id on the Page it came to (AccountAddress).
        var psid = string.IsNullOrEmpty(inboxEvent.ConversationId) ? item.SenderId : inboxEvent.ConversationId;
        if (item.IsReceipt)
        {
            await RecordReceiptAsync(psid, item, cancellationToken);
            return null;
        }

        var activity = new InboundActivity
        {
            Channel = Channel,
            UserId = psid,
            ConversationId = psid,
            MessageId = inboxEvent.ChannelMessageId,
            Timestamp = item.TimestampMs > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(item.TimestampMs) : inboxEvent.ReceivedAt,
            Scope = pages.ForStoredId(psid).Page?.Scope ?? ContentScope.All,
        };

        activity = item.Kind switch
        {
            "message" => activity with
            {
                Payload = item.Payload,
                Text = item.Text,
                Attachments = [.. item.Attachments.Select(a => new InboundAttachment(KindOf(a.Type), a.Url))],
            },
            // A postback's payload routes; delivered without one, its title stands in as text. A deep link's ref
            // ("m.me/page?ref=CONTEST") routes like a payload: on Get Started it says why the person came.
            "postback" => activity with { Payload = item.Ref ?? item.Payload, Text = item.Text },
            "referral" when item.Ref is not null => activity with { Payload = item.Ref },
            _ => activity with { Kind = ActivityKind.Follow },
        };

        // The person's window opens with the turn's commit; the typing indicator shows while the turn runs.
        return new InboundEvent(activity, batch => users.RecordInbound(batch, psid, item.TimestampMs), TypingAsync(psid, cancellationToken));
    }

    /// <summary>{"delivery": {"mids", "watermark"}} or {"read": {"watermark"}}: what reached (or was read by) the person.</summary>
    private async Task RecordReceiptAsync(string psid, MessengerEvent receipt, CancellationToken cancellationToken)
    {
        var read = receipt.Kind == "read";
        if (receipt.ReceiptMessageIds.Count > 0)
        {
            await receipts.RecordByMessageIdsAsync(receipt.ReceiptMessageIds, read, cancellationToken);
        }

        if (receipt.ReceiptWatermark is { } watermark)
        {
            await receipts.RecordByWatermarkAsync(Channel, psid, watermark, read, cancellationToken);
        }
    }

    private async Task TypingAsync(string psid, CancellationToken cancellationToken)
    {
        var (page, pagePsid) = pages.ForStoredId(psid);
        if (!options.Value.TypingIndicator || page is null)
        {
            return;
        }

        try
        {
            await api.SenderActionAsync(page, pagePsid, "typing_on", cancellationToken);
        }
        catch (Exception ex)
        {
            // The indicator is a courtesy: whatever becomes of it (a failure, the host stopping), the answer goes on.
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
