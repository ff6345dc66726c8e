using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Broadcasts;

/// <summary>A campaign's figures from its ledger.</summary>
public sealed record CampaignStats(
    int Targeted,
    int Queued,
    int Sent,
    int SentOnNextMessage,
    int Deferred,
    int Expired,
    int Skipped,
    int Failed,
    int Unknown,
    int Delivered,
    int Read,
    int Clicked,
    int OptOuts,
    IReadOnlyDictionary<string, int> SentByLane,
    IReadOnlyDictionary<string, int> FailedByReason,
    IReadOnlyDictionary<string, int> DeferredByReason)
{
    public static async Task<CampaignStats> ForAsync(CdsBotDbContext db, long campaignId, CancellationToken cancellationToken)
    {
        var rows = db.Deliveries.AsNoTracking().Where(d => d.CampaignId == campaignId);
        var byStatus = await rows.GroupBy(d => new { d.Status, d.Lane }).Select(g => new { g.Key.Status, g.Key.Lane, Count = g.Count() }).ToListAsync(cancellationToken);
        var reasons = await rows.Where(d => d.Status == DeliveryStatus.Failed || d.Status == DeliveryStatus.Deferred || d.Status == DeliveryStatus.Skipped)
            .GroupBy(d => new { d.Status, d.Reason }).Select(g => new { g.Key.Status, g.Key.Reason, Count = g.Count() }).ToListAsync(cancellationToken);
        var delivered = await rows.CountAsync(d => d.DeliveredAt != null, cancellationToken);
        var read = await rows.CountAsync(d => d.ReadAt != null, cancellationToken);
        var clicked = await rows.CountAsync(d => d.ClickedAt != null, cancellationToken);
        var optOuts = await rows.CountAsync(d => d.OptedOutAt != null, cancellationToken);
        int Count(params string[] statuses) => byStatus.Where(s => statuses.Contains(s.Status)).Sum(s => s.Count);
        Dictionary<string, int> Reasons(string status) =>
            reasons.Where(r => r.Status == status).GroupBy(r => r.Reason ?? "").ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        return new CampaignStats(
            byStatus.Sum(s => s.Count),
            Count(DeliveryStatus.Queued, DeliveryStatus.Claimed, DeliveryStatus.Sending),
            Count(DeliveryStatus.Sent),
            byStatus.Where(s => s.Status == DeliveryStatus.Sent && s.Lane == DeliveryLanes.NextMessage).Sum(s => s.Count),
            Count(DeliveryStatus.Deferred),
            Count(DeliveryStatus.Expired),
            Count(DeliveryStatus.Skipped),
            Count(DeliveryStatus.Failed),
            Count(DeliveryStatus.Unknown),
            delivered,
            read,
            clicked,
            optOuts,
            byStatus.Where(s => s.Status == DeliveryStatus.Sent).GroupBy(s => s.Lane ?? "").ToDictionary(g => g.Key, g => g.Sum(s => s.Count)),
            Reasons(DeliveryStatus.Failed),
            Reasons(DeliveryStatus.Deferred));
    }
}
