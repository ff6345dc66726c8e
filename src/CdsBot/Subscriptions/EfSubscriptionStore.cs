using CdsBot.Dialogs.Flows.Subscriptions;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Subscriptions;

/// <summary>Subscriptions in the database.</summary>
public sealed class EfSubscriptionStore(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time) : ISubscriptionStore
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
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> UnsubscribeAsync(string channel, string userId, string reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        return await db.Subscriptions.Where(s => s.Channel == channel && s.UserId == userId && s.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Active, false).SetProperty(x => x.UnsubscribedAt, now).SetProperty(x => x.UnsubscribeReason, reason), cancellationToken) > 0;
    }
}
