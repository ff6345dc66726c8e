using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Broadcasts;

/// <summary>
/// Starts a due campaign: writes one ledger row per matching active subscriber in short transactions of
/// <see cref="ChunkSize"/> rows (so a large audience never holds the database's write lock for long), then moves the
/// campaign from approved to running. Rows are unique per (campaign, channel, user) and inserted with ON CONFLICT DO NOTHING,
/// so two instances starting the campaign at once, or an instance resuming after a crash, produce one ledger; nothing
/// is sent until the campaign is running.
/// </summary>
public sealed class AudienceBuilder(IDbContextFactory<CdsBotDbContext> contexts, IEnumerable<IBroadcastChannel> channels, TimeProvider time)
{
    private readonly IReadOnlyList<IBroadcastChannel> _channels = [.. channels];

    /// <summary>Channels a broadcast can reach: those registered to broadcast, in registration order.</summary>
    public IReadOnlyList<string> Channels => [.. _channels.Select(c => c.Channel)];

    /// <summary>The accounts campaigns may choose to send from, channel by channel.</summary>
    public IReadOnlyList<BroadcastAccount> Accounts => [.. _channels.SelectMany(c => c.Accounts)];

    private const int ChunkSize = 500;

    /// <summary>Starts <paramref name="campaignId"/> if it is approved and due; returns the recipients targeted, or null if it was not started.</summary>
    public async Task<int?> StartAsync(long campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId && c.Status == CampaignStatus.Approved && c.ScheduledAt <= now, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        // Page by page, so a large audience's subscriptions are never held in memory all at once (a campaign filtering
        // on activity still reads every citizen's last message time, LastInboundAsync).
        await foreach (var page in MatchPagesAsync(db, campaign, now, cancellationToken))
        {
            foreach (var chunk in page.Chunk(ChunkSize))
            {
                await InsertAsync(db, campaignId, chunk, cancellationToken);
            }
        }

        var targeted = await db.Deliveries.CountAsync(d => d.CampaignId == campaignId, cancellationToken);
        var started = await db.Campaigns.Where(c => c.Id == campaignId && c.Status == CampaignStatus.Approved)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, CampaignStatus.Running).SetProperty(x => x.StartedAt, now).SetProperty(x => x.Targeted, targeted), cancellationToken);
        if (started == 0)
        {
            // Edited back to draft while the ledger was being written: those rows belong to the old audience.
            await db.Deliveries.Where(d => d.CampaignId == campaignId && d.Status == DeliveryStatus.Queued && db.Campaigns.Any(c => c.Id == campaignId && c.Status == CampaignStatus.Draft))
                .ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        return targeted;
    }

    /// <summary>One multi-row insert (existing rows left as they are) in its own (implicit) transaction.</summary>
    private static async Task InsertAsync(CdsBotDbContext db, long campaignId, (string Channel, string UserId)[] chunk, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder("""INSERT INTO campaign_deliveries ("CampaignId", "Channel", "UserId", "Status", "Attempts", "NextAttemptMs", "PartsSent", "ClickToken", "Clicks") VALUES """);
        var parameters = new List<object> { campaignId, DeliveryStatus.Queued };
        for (var i = 0; i < chunk.Length; i++)
        {
            var at = parameters.Count;
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{0}}, {{{at}}}, {{{at + 1}}}, {{1}}, 0, 0, 0, {{{at + 2}}}, 0)");
            parameters.AddRange([chunk[i].Channel, chunk[i].UserId, NewToken()]);
        }

        sql.Append(" ON CONFLICT DO NOTHING");
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
    }

    /// <summary>The active subscribers a campaign's audience names.</summary>
    public async Task<List<(string Channel, string UserId)>> MatchAsync(CdsBotDbContext db, CampaignRecord campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recipients = new List<(string Channel, string UserId)>();
        await foreach (var page in MatchPagesAsync(db, campaign, now, cancellationToken))
        {
            recipients.AddRange(page);
        }

        return recipients;
    }

    /// <summary>Subscriptions read at a time when a campaign's audience is matched.</summary>
    internal const int PageSize = 2000;

    /// <summary>
    /// <see cref="MatchAsync"/> a page at a time: each channel's active subscriptions in key order, <see cref="PageSize"/>
    /// by <see cref="PageSize"/> (the subscriptions' key is (channel, user id)), each page filtered by the campaign.
    /// </summary>
    private async IAsyncEnumerable<List<(string Channel, string UserId)>> MatchPagesAsync(
        CdsBotDbContext db, CampaignRecord campaign, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channels = campaign.Channels.Count > 0 ? campaign.Channels.Intersect(Channels).ToArray() : [.. Channels];
        var lastActive = campaign.ActiveWithinDays is null && campaign.InactiveForDays is null
            ? null
            : await LastInboundAsync(db, cancellationToken);
        var nowMs = now.ToUnixTimeMilliseconds();
        // A campaign that names accounts reaches, on channels that have accounts, only the citizens of those named.
        var limited = campaign.Accounts.Count == 0 ? null : _channels.Where(c => c.Accounts.Count > 0).ToDictionary(c => c.Channel);
        foreach (var channel in channels)
        {
            string? after = null;
            while (true)
            {
                var query = db.Subscriptions.AsNoTracking().Where(s => s.Active && s.Channel == channel);
                if (after is not null)
                {
                    query = query.Where(s => s.UserId.CompareTo(after) > 0);
                }

                var page = await query.OrderBy(s => s.UserId).Take(PageSize)
                    .Select(s => new { s.Channel, s.UserId, s.Topics, s.Locality })
                    .ToListAsync(cancellationToken);
                if (page.Count == 0)
                {
                    break;
                }

                after = page[^1].UserId;
                yield return [.. page
                    .Where(s => campaign.Topics.Count == 0 || s.Topics.Count == 0 || s.Topics.Intersect(campaign.Topics).Any())
                    .Where(s => campaign.Localities.Count == 0 || campaign.Localities.Contains(s.Locality))
                    .Where(s => lastActive is null || IsInActivityRange(lastActive.GetValueOrDefault((s.Channel, s.UserId)), nowMs, campaign))
                    .Where(s => limited is null || !limited.TryGetValue(s.Channel, out var account) || (account.AccountOf(s.UserId) is { } id && campaign.Accounts.Contains(id)))
                    .Select(s => (s.Channel, s.UserId))];
                if (page.Count < PageSize)
                {
                    break;
                }
            }
        }
    }

    private static bool IsInActivityRange(long lastInboundMs, long nowMs, CampaignRecord campaign)
    {
        var silentDays = (nowMs - lastInboundMs) / 86_400_000.0;
        return (campaign.ActiveWithinDays is not { } within || silentDays <= within)
               && (campaign.InactiveForDays is not { } inactive || silentDays >= inactive);
    }

    /// <summary>Each channel's citizens' last inbound time, as the channel keeps it.</summary>
    private async Task<Dictionary<(string, string), long>> LastInboundAsync(CdsBotDbContext db, CancellationToken cancellationToken)
    {
        var map = new Dictionary<(string, string), long>();
        foreach (var channel in _channels)
        {
            foreach (var (userId, lastInboundMs) in await channel.LastInboundAsync(db, cancellationToken))
            {
                map[(channel.Channel, userId)] = lastInboundMs;
            }
        }

        return map;
    }

    private static string NewToken() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
}
