using System.Text.Json;
using CdsBot.Broadcasts;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Channels.WebChat;

/// <summary>
/// Web chat has no platform window: a campaign message is put in the conversation's mailbox (the outbox, as sent), where
/// the open page's stream shows it at once, or the history on the next visit. The lane says which of the two it was
/// when the message was written.
/// </summary>
public sealed class WebChatBroadcaster(IDbContextFactory<CdsBotDbContext> contexts, WebChatStreams streams, TimeProvider time) : IBroadcastChannel
{
    /// <summary>
    /// Keys campaign messages in the outbox, whose rows are unique per (inbox event, sequence): bot replies use their
    /// (positive) event id, staff replies their negated hand-off message id, and campaign messages the negated ledger row
    /// id moved below this offset, which hand-off message ids never reach.
    /// </summary>
    private const long CampaignKeyOffset = 1_000_000_000_000;

    public string Channel => WebChatApi.Channel;

    public Task<IReadOnlyList<LaneChoice>> ChooseLanesAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LaneChoice>>([.. userIds.Select(id => LaneChoice.Open(streams.IsOpen(id) ? DeliveryLanes.WebOpenPage : DeliveryLanes.WebNextVisit))]);

    public async Task<SendOutcome> SendAsync(string userId, LaneChoice lane, OutboundActivity message, int partsAlreadySent, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The dispatcher marks the ledger row "sending" just before this call; it names the outbox key.
        var delivery = await db.Deliveries.AsNoTracking()
            .Where(d => d.Channel == Channel && d.UserId == userId && d.Status == DeliveryStatus.Sending)
            .OrderByDescending(d => d.Id).Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (delivery is null)
        {
            return SendOutcome.Permanent("Không tìm thấy dòng gửi của chiến dịch cho người nhận này.");
        }

        var now = time.GetUtcNow();
        var key = -(CampaignKeyOffset + delivery.Value);
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO outbound_messages ("InboxEventId", "Sequence", "Channel", "RecipientId", "Body", "Status", "Attempts", "NextAttemptMs", "PartsSent", "PlatformMessageId", "CreatedAt", "SentAt", "CampaignDeliveryId")
             VALUES ({key}, 0, {Channel}, {userId}, {JsonSerializer.Serialize(message, StateJson.Options)}, {InboxStatus.Sent}, 1, 0, 1, NULL, {now}, {now}, {delivery})
             ON CONFLICT ("InboxEventId", "Sequence") DO NOTHING
             """,
            cancellationToken);
        streams.Notify();
        return SendOutcome.Sent($"web:{delivery}");
    }

    public Task<LaneChoice> ReserveAsync(string userId, LaneChoice chosen, CancellationToken cancellationToken) => Task.FromResult(chosen);

    public Task ReleaseAsync(string userId, string lane, CancellationToken cancellationToken) => Task.CompletedTask;

    public string? AccountOf(string userId) => null;

    public IReadOnlyList<BroadcastAccount> Accounts => [];

    /// <summary>A web citizen's last message is their last stored inbox event (the conversation id is the user id on the page).</summary>
    public async Task<IReadOnlyDictionary<string, long>> LastInboundAsync(CdsBotDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.InboxEvents.AsNoTracking().Where(e => e.Channel == Channel)
            .GroupBy(e => e.ConversationId).Select(g => g.Max(e => e.Id)).ToListAsync(cancellationToken);
        var times = await db.InboxEvents.AsNoTracking().Where(e => latest.Contains(e.Id)).Select(e => new { e.ConversationId, e.ReceivedAt }).ToListAsync(cancellationToken);
        return times.ToDictionary(t => t.ConversationId, t => t.ReceivedAt.ToUnixTimeMilliseconds());
    }
}
