using System.Text;
using CdsBot.Broadcasts;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;

namespace CdsBot.Channels.Zalo;

/// <summary>Turns a stored Zalo event into a channel-neutral activity and keeps the user's window up to date.</summary>
/// <remarks>Delivery and seen receipts are recorded on campaign messages and produce no turn.</remarks>
public sealed class ZaloInbound(ZaloUsers users, ZaloAccounts accounts, ZaloApiClient api, ZaloTokenManager tokens, DeliveryReceipts receipts, ILogger<ZaloInbound> logger) : IInboundChannel
{
    public string Channel => ZaloWebhookApi.Channel;

    public async Task<InboundEvent?> ReadAsync(InboxEventRecord inboxEvent, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(inboxEvent.Body);
        ZaloEvent zaloEvent;
        try
        {
            zaloEvent = ZaloEventParser.Parse(body);
        }
        catch (FormatException ex)
        {
            throw new UnreadableEventException(ex.Message, ex);
        }

        if (zaloEvent.IsReceipt)
        {
            await receipts.RecordByMessageIdsAsync(ZaloEventParser.ReceiptMessageIds(body), zaloEvent.EventName == "user_seen_message", cancellationToken);
            return null;
        }

        // The webhook stored the event under the citizen's id on the OA it came to (AccountAddress).
        var userId = string.IsNullOrEmpty(inboxEvent.ConversationId) ? zaloEvent.UserId! : inboxEvent.ConversationId;
        var kind = zaloEvent.EventName switch
        {
            "follow" or "user_click_chatnow" => ActivityKind.Follow,
            "unfollow" => ActivityKind.Unfollow,
            "user_submit_info" => ActivityKind.SubmitInfo,
            _ when zaloEvent.EventName.StartsWith("user_send_", StringComparison.Ordinal) => ActivityKind.Message,
            _ => (ActivityKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        // Only a follow makes a follower: "chat now" is welcomed like a follow, but the user has not followed the OA, and
        // promotion messages (a monthly quota) may go to followers only.
        var followed = zaloEvent.EventName switch { "follow" => true, "unfollow" => false, _ => (bool?)null };
        var (name, lookedUp) = kind == ActivityKind.Unfollow ? (null, null) : await DisplayNameAsync(userId, cancellationToken);
        var activity = new InboundActivity
        {
            Channel = Channel,
            UserId = userId,
            ConversationId = userId,
            MessageId = zaloEvent.DeduplicationKey,
            Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(zaloEvent.TimestampMs),
            Kind = kind.Value,
            Text = zaloEvent.EventName == "user_send_text" ? zaloEvent.Text : null,
            Attachments = [.. zaloEvent.Attachments.Select(a => new InboundAttachment(KindOf(zaloEvent.EventName, a.Type), a.Url))],
            UserName = name,
            Scope = accounts.ForStoredId(userId).Account?.Scope ?? ContentScope.All,
        };

        // The user's window (and a name looked up) are recorded with the turn's commit.
        return new InboundEvent(activity, batch => users.RecordInbound(batch, userId, followed, zaloEvent.TimestampMs, lookedUp));
    }

    /// <summary>
    /// The user's Zalo display name, from the cache or the profile API, and the look-up made (null when the cached name
    /// was used), to be recorded. A failed look-up never holds a reply back, and is recorded too, so it is not tried again
    /// before the next one is due (a day later): a profile API that fails (no permission, an outage) is not called, and the
    /// failure not paid for, on every message.
    /// </summary>
    private async Task<(string? Name, ProfileLookup? LookedUp)> DisplayNameAsync(string userId, CancellationToken cancellationToken)
    {
        var (cached, due) = await users.DisplayNameAsync(userId, cancellationToken);
        if (!due)
        {
            return (cached, null);
        }

        var (account, zaloUserId) = accounts.ForStoredId(userId);
        if (account is null)
        {
            return (cached, null);
        }

        try
        {
            var name = await api.GetDisplayNameAsync(await tokens.GetAccessTokenAsync(account, cancellationToken), zaloUserId, cancellationToken);
            return (name ?? cached, new ProfileLookup(name));
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Zalo profile look-up for {User} failed: {Error}", userId, ex.Message);
            return (cached, new ProfileLookup(null));
        }
    }

    private static AttachmentKind KindOf(string eventName, string type) => (eventName, type) switch
    {
        (_, "image") or ("user_send_image", _) => AttachmentKind.Image,
        (_, "gif") => AttachmentKind.Gif,
        (_, "sticker") => AttachmentKind.Sticker,
        (_, "audio") or (_, "voice") => AttachmentKind.Audio,
        (_, "video") => AttachmentKind.Video,
        (_, "file") => AttachmentKind.File,
        (_, "location") => AttachmentKind.Location,
        (_, "link") => AttachmentKind.Link,
        ("user_send_business_card", _) => AttachmentKind.Contact,
        _ => AttachmentKind.Other,
    };
}
