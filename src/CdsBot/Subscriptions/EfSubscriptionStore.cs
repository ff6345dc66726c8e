using CdsBot.Dialogs.Flows.Privacy;
using CdsBot.Dialogs.Flows.Subscriptions;
using CdsBot.Storage;
using CdsBot.Broadcasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Subscriptions;

/// <summary>Subscriptions in the database.</summary>
public sealed class EfSubscriptionStore(IDbContextFactory<CdsBotDbContext> contexts, IOptions<BroadcastOptions> broadcasts, TimeProvider time) : ISubscriptionStore
{
    public async Task SubscribeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Subscriptions.FindAsync([subscription.Channel, subscription.UserId], cancellationToken);
        if (record is null)
        {
            record = new SubscriptionRecord { Channel = subscription.Channel, UserId = subscription.UserId, Locality = subscription.Locality };
            db.Subscriptions.Add(record);
        }

        (record.Topics, record.Locality, record.Active, record.ConsentedAt, record.UnsubscribedAt, record.UnsubscribeReason) =
            ([.. subscription.Topics], subscription.Locality, true, subscription.ConsentedAt, null, null);
        record.ConsentWording = PrivacyPolicy.NoticeVersion;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> UnsubscribeAsync(string channel, string userId, string reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var stopped = await db.Subscriptions.Where(s => s.Channel == channel && s.UserId == userId && s.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Active, false).SetProperty(x => x.UnsubscribedAt, now).SetProperty(x => x.UnsubscribeReason, reason), cancellationToken) > 0;
        if (stopped)
        {
            // The campaign message that most recently reached the citizen is taken to have caused the opt-out.
            DateTimeOffset? since = now.AddHours(-broadcasts.Value.OptOutAttributionHours);
            var latest = await db.Deliveries.Where(d => d.Channel == channel && d.UserId == userId && d.Status == DeliveryStatus.Sent && d.SentAt >= since)
                .OrderByDescending(d => d.SentAt).Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken);
            if (latest is { } id)
            {
                await db.Deliveries.Where(d => d.Id == id).ExecuteUpdateAsync(d => d.SetProperty(x => x.OptedOutAt, now), cancellationToken);
            }
        }

        return stopped;
    }
}
