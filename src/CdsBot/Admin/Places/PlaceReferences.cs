using CdsBot.Broadcasts;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Places;

/// <summary>
/// Counts what names each place. A place in use is never removed: its id is what items, documents, subscriptions and
/// campaigns hold, and a removed id would leave items that cannot be saved, documents that fail the next import and
/// subscribers no campaign reaches by place.
/// </summary>
public static class PlaceReferences
{
    public static async Task<Dictionary<string, PlaceUse>> CountAsync(CdsBotDbContext db, CancellationToken cancellationToken)
    {
        var items = await db.FaqItems.AsNoTracking().GroupBy(i => i.Locality).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var documents = await db.Documents.AsNoTracking().GroupBy(d => d.Locality).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var subscribers = await db.Subscriptions.AsNoTracking().Where(s => s.Active).GroupBy(s => s.Locality).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        // A campaign's places are a list column; there are few campaigns, so they are counted here rather than in SQL.
        var campaigns = (await db.Campaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Completed && c.Status != CampaignStatus.Cancelled).Select(c => c.Localities).ToListAsync(cancellationToken))
            .SelectMany(l => l.Distinct()).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        return items.Keys.Concat(documents.Keys).Concat(subscribers.Keys).Concat(campaigns.Keys).Distinct().ToDictionary(
            id => id,
            id => new PlaceUse(items.GetValueOrDefault(id), documents.GetValueOrDefault(id), subscribers.GetValueOrDefault(id), campaigns.GetValueOrDefault(id)));
    }
}
