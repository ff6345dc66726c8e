using System.Text.Json.Nodes;
using CdsBot.Broadcasts;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Zalo;

/// <summary>
/// Zalo's broadcast lanes: a consultation message while the citizen's reply window is open and its allowance lasts
/// (it uses one of the allowance's replies); otherwise, where configured, a promotion message to a follower within the
/// monthly quota; otherwise none (deferred to the citizen's next message). Each OA has its own quota.
/// </summary>
public sealed class ZaloBroadcaster(ZaloUsers users, ZaloAccounts accounts, ZaloSender sender, LaneQuotas quotas, IOptions<ZaloOptions> options) : IBroadcastChannel
{
    public string Channel => ZaloWebhookApi.Channel;

    public string? AccountOf(string userId) => accounts.ForStoredId(userId).Account?.Id;

    public IReadOnlyList<BroadcastAccount> Accounts => [.. accounts.All.Select(a => new BroadcastAccount(Channel, a.Id, a.Name))];

    public async Task<IReadOnlyList<LaneChoice>> ChooseLanesAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        var records = await users.ReadAsync(userIds, cancellationToken);

        // A citizen twice in a batch (two campaigns) has one window: each consultation message chosen uses a reply of it.
        var granted = new Dictionary<string, int>(StringComparer.Ordinal);
        var lanes = new List<LaneChoice>(userIds.Count);
        foreach (var userId in userIds)
        {
            var (why, follower) = users.Reachability(records.GetValueOrDefault(userId), granted.GetValueOrDefault(userId));
            if (why is null)
            {
                granted[userId] = granted.GetValueOrDefault(userId) + 1;
                lanes.Add(LaneChoice.Open(DeliveryLanes.ZaloConsultation));
            }
            else
            {
                // Promotion, where it may go: the reason the consultation lane is closed stays with it for the quota's refusal.
                lanes.Add(options.Value.PromotionLaneEnabled && follower && accounts.ForStoredId(userId).Account is not null
                    ? new LaneChoice(DeliveryLanes.ZaloPromotion, why)
                    : LaneChoice.None(why));
            }
        }

        return lanes;
    }

    /// <summary>A promotion message counts against its OA's monthly quota: reserved here, right before the send.</summary>
    public async Task<LaneChoice> ReserveAsync(string userId, LaneChoice chosen, CancellationToken cancellationToken)
    {
        if (chosen.Lane != DeliveryLanes.ZaloPromotion || accounts.ForStoredId(userId).Account is not { } account)
        {
            return chosen;
        }

        return await quotas.TryReserveAsync(QuotaOf(account), account.PromotionMonthlyQuota, cancellationToken)
            ? LaneChoice.Open(DeliveryLanes.ZaloPromotion)
            : LaneChoice.None($"{chosen.Reason}; the promotion quota of {account.PromotionMonthlyQuota} messages this month is used");
    }

    /// <summary>The quota an OA's promotion messages count against: the lane's own for the default OA (as before there were several), else per OA.</summary>
    public static string QuotaOf(ZaloAccount account) => account.Key is null ? DeliveryLanes.ZaloPromotion : $"{DeliveryLanes.ZaloPromotion}:{account.Key}";

    public Task<SendOutcome> SendAsync(string userId, LaneChoice lane, OutboundActivity message, int partsAlreadySent, CancellationToken cancellationToken) => lane.Lane switch
    {
        DeliveryLanes.ZaloConsultation => sender.SendAsync(userId, message, partsAlreadySent, null, cancellationToken),
        DeliveryLanes.ZaloPromotion => sender.SendPromotionAsync(userId, RenderPromotion(message), cancellationToken),
        _ => Task.FromResult(SendOutcome.Permanent($"Zalo has no lane '{lane.Lane}'.")),
    };

    public Task ReleaseAsync(string userId, string lane, CancellationToken cancellationToken) =>
        lane == DeliveryLanes.ZaloPromotion && accounts.ForStoredId(userId).Account is { } account
            ? quotas.ReleaseAsync(QuotaOf(account), cancellationToken)
            : Task.CompletedTask;

    public async Task<IReadOnlyDictionary<string, long>> LastInboundAsync(CdsBotDbContext db, CancellationToken cancellationToken) =>
        await db.ZaloUsers.AsNoTracking().ToDictionaryAsync(u => u.UserId, u => u.LastInboundMs, cancellationToken);

    /// <summary>A promotion template: optional banner, the first line as header, the rest as text, link buttons. [M: verify live]</summary>
    public static JsonObject RenderPromotion(OutboundActivity message)
    {
        var text = message.Text ?? "";
        var split = text.IndexOf('\n', StringComparison.Ordinal);
        var (header, body) = split > 0 && split <= 100 ? (text[..split].Trim(), text[(split + 1)..].Trim()) : ("", text.Trim());
        var elements = new JsonArray();
        if (message.ImageUrl is { } image)
        {
            elements.Add(new JsonObject { ["type"] = "banner", ["image_url"] = image });
        }

        if (header.Length > 0)
        {
            elements.Add(new JsonObject { ["type"] = "header", ["content"] = header, ["align"] = "left" });
        }

        elements.Add(new JsonObject { ["type"] = "text", ["content"] = body, ["align"] = "left" });
        var buttons = new JsonArray();
        foreach (var button in message.Buttons.Take(4))
        {
            // A payload button becomes a query button: the citizen's client sends its payload back as a text message.
            buttons.Add(button.Url is not null
                ? new JsonObject { ["title"] = button.Title, ["type"] = "oa.open.url", ["payload"] = new JsonObject { ["url"] = button.Url } }
                : new JsonObject { ["title"] = button.Title, ["type"] = "oa.query.hide", ["payload"] = button.Payload });
        }

        return new JsonObject
        {
            ["attachment"] = new JsonObject
            {
                ["type"] = "template",
                ["payload"] = new JsonObject { ["template_type"] = "promotion", ["language"] = "VI", ["elements"] = elements, ["buttons"] = buttons },
            },
        };
    }
}
