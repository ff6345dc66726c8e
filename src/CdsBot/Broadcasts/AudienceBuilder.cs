using System.Security.Cryptography;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Broadcasts;

/// <summary>
/// Starts a due campaign: in one transaction it moves the campaign from approved to running and writes one ledger row
/// per matching active subscriber, so two instances starting it at once produce one ledger, and a crash leaves either
/// all of it or none.
/// </summary>
public sealed class AudienceBuilder(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time)
{
    /// <summary>Channels a broadcast can reach (web chat has no push).</summary>
    public static readonly string[] BroadcastChannels = ["zalo", "messenger"];

    /// <summary>Starts <paramref name="campaignId"/> if it is approved and due; returns the recipients targeted, or null if it was not started.</summary>
    public async Task<int?> StartAsync(long campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var started = await db.Campaigns.Where(c => c.Id == campaignId && c.Status == CampaignStatus.Approved && c.ScheduledAt <= now)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CampaignStatus.Running).SetProperty(x => x.StartedAt, now), cancellationToken);
        if (started == 0)
        {
            return null;
        }

        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId, cancellationToken);
        var recipients = await MatchAsync(db, campaign, now, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in recipients.Chunk(5000))
        {
            db.Deliveries.AddRange(chunk.Select(r => new DeliveryRecord { CampaignId = campaignId, Channel = r.Channel, UserId = r.UserId, ClickToken = NewToken() }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await db.Campaigns.Where(c => c.Id == campaignId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Targeted, recipients.Count), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return recipients.Count;
    }

    /// <summary>The active subscribers a campaign's audience names.</summary>
    public static async Task<List<(string Channel, string UserId)>> MatchAsync(CdsBotDbContext db, CampaignRecord campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var channels = campaign.Channels.Count > 0 ? campaign.Channels.Intersect(BroadcastChannels).ToArray() : BroadcastChannels;
        var subscribers = await db.Subscriptions.AsNoTracking()
            .Where(s => s.Active && channels.Contains(s.Channel))
            .Select(s => new { s.Channel, s.UserId, s.Topics, s.Locality })
            .ToListAsync(cancellationToken);
        var lastActive = campaign.ActiveWithinDays is null && campaign.InactiveForDays is null
            ? null
            : await LastInboundAsync(db, cancellationToken);
        var nowMs = now.ToUnixTimeMilliseconds();
        return [.. subscribers
            .Where(s => campaign.Topics.Count == 0 || s.Topics.Count == 0 || s.Topics.Intersect(campaign.Topics).Any())
            .Where(s => campaign.Localities.Count == 0 || campaign.Localities.Contains(s.Locality))
            .Where(s => lastActive is null || IsInActivityRange(lastActive.GetValueOrDefault((s.Channel, s.UserId)), nowMs, campaign))
            .Select(s => (s.Channel, s.UserId))];
    }

    private static bool IsInActivityRange(long lastInboundMs, long nowMs, CampaignRecord campaign)
    {
        var silentDays = (nowMs - lastInboundMs) / 86_400_000.0;
        return (campaign.ActiveWithinDays is not { } within || silentDays <= within)
               && (campaign.InactiveForDays is not { } inactive || silentDays >= inactive);
    }

    private static async Task<Dictionary<(string, string), long>> LastInboundAsync(CdsBotDbContext db, CancellationToken cancellationToken)
    {
        var zalo = await db.ZaloUsers.AsNoTracking().Select(u => new { u.UserId, u.LastInboundMs }).ToListAsync(cancellationToken);
        var messenger = await db.MessengerUsers.AsNoTracking().Select(u => new { UserId = u.Psid, u.LastInboundMs }).ToListAsync(cancellationToken);
        var map = new Dictionary<(string, string), long>();
        foreach (var u in zalo)
        {
            map[("zalo", u.UserId)] = u.LastInboundMs;
        }

        foreach (var u in messenger)
        {
            map[("messenger", u.UserId)] = u.LastInboundMs;
        }

        return map;
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', '-').Replace('/', '_');
}
