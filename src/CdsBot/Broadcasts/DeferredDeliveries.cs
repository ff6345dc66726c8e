using System.Text.Json;
using CdsBot.Dialogs.Engine;
using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Broadcasts;

/// <summary>
/// Campaign messages deferred for a citizen no lane could reach: when that citizen writes again, the oldest ones still
/// valid go out after the bot's answer, written to the outbox in the turn's own transaction (so exactly once), as long
/// as the citizen is still subscribed.
/// </summary>
public static class DeferredDeliveries
{
    /// <summary>Adds up to <paramref name="limit"/> deferred messages to <paramref name="inboxEvent"/>'s replies, from <paramref name="sequence"/> on.</summary>
    public static async Task AppendAsync(CdsBotDbContext db, InboxEventRecord inboxEvent, string userId, int sequence, int limit, string publicBaseUrl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (limit <= 0 || !await Subscribed.For(db)(db, inboxEvent.Channel, userId, cancellationToken))
        {
            return;
        }

        var due = await db.Deliveries
            .Where(d => d.Channel == inboxEvent.Channel && d.UserId == userId && d.Status == DeliveryStatus.Deferred)
            .Join(db.Campaigns.Where(c => c.ExpiresAt > now && (c.Status == CampaignStatus.Running || c.Status == CampaignStatus.Completed)), d => d.CampaignId, c => c.Id, (d, c) => new { Delivery = d, Campaign = c })
            .OrderBy(x => x.Delivery.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        foreach (var (item, index) in due.Select((x, i) => (x, i)))
        {
            db.OutboundMessages.Add(new OutboundMessageRecord
            {
                InboxEventId = inboxEvent.Id,
                Sequence = sequence + index,
                Channel = inboxEvent.Channel,
                RecipientId = userId,
                Body = JsonSerializer.Serialize(CampaignMessage.For(item.Campaign, item.Delivery.ClickToken, publicBaseUrl), StateJson.Options),
                CreatedAt = now,
                CampaignDeliveryId = item.Delivery.Id,
            });
            await db.Deliveries.Where(d => d.Id == item.Delivery.Id && d.Status == DeliveryStatus.Deferred)
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, DeliveryStatus.Sent).SetProperty(x => x.Lane, DeliveryLanes.NextMessage).SetProperty(x => x.SentAt, now), cancellationToken);
        }
    }

    // Compiled once: every answered turn asks it (see CompiledQuery).
    private static readonly CompiledQuery<Func<CdsBotDbContext, string, string, CancellationToken, Task<bool>>> Subscribed =
        new(() => EF.CompileAsyncQuery((CdsBotDbContext db, string channel, string userId, CancellationToken _) =>
            db.Subscriptions.Any(s => s.Channel == channel && s.UserId == userId && s.Active)));
}
