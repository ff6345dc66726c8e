using System.Text.Json;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Inbox;

/// <summary>
/// Sends the replies committed turns owe, in order per event. Each message is claimed (so two instances never send
/// it both), sent through its channel, and marked sent with the platform's id; a transient failure backs off and
/// holds the event's later replies back, a permanent one is recorded and not retried.
/// </summary>
public sealed class OutboundRelay(
    IDbContextFactory<CdsBotDbContext> contexts,
    IEnumerable<IOutboundChannel> channels,
    IOptions<InboxOptions> options,
    TimeProvider time,
    ILogger<OutboundRelay> logger)
{
    private readonly Dictionary<string, IOutboundChannel> _channels = channels.ToDictionary(c => c.Channel);

    /// <summary>Sends what is due; only the replies of <paramref name="eventId"/> when given.</summary>
    public async Task RelayAsync(long? eventId, CancellationToken cancellationToken)
    {
        List<OutboundMessageRecord> due;
        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.OutboundMessages.AsNoTracking()
                .Where(m => m.Status == InboxStatus.Pending && m.NextAttemptMs <= nowMs && (eventId == null || m.InboxEventId == eventId))
                .OrderBy(m => m.InboxEventId).ThenBy(m => m.Sequence)
                .Take(200)
                .ToListAsync(cancellationToken);
        }

        var heldBack = new HashSet<long>();
        foreach (var message in due)
        {
            if (heldBack.Contains(message.InboxEventId) || !await ClaimAsync(message, cancellationToken))
            {
                heldBack.Add(message.InboxEventId);
                continue;
            }

            if (!await SendAsync(message, cancellationToken))
            {
                heldBack.Add(message.InboxEventId);
            }
        }
    }

    private async Task<bool> ClaimAsync(OutboundMessageRecord message, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var leaseUntil = now + (options.Value.LeaseSeconds * 1000L);
        return await db.OutboundMessages
            .Where(m => m.Id == message.Id && m.Status == InboxStatus.Pending && m.NextAttemptMs <= now)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.NextAttemptMs, leaseUntil).SetProperty(x => x.Attempts, x => x.Attempts + 1), cancellationToken) == 1;
    }

    /// <summary>Sends one claimed message; true when the event's next reply may follow.</summary>
    private async Task<bool> SendAsync(OutboundMessageRecord message, CancellationToken cancellationToken)
    {
        SendOutcome outcome;
        if (!_channels.TryGetValue(message.Channel, out var channel))
        {
            outcome = SendOutcome.Permanent($"No sender is configured for channel '{message.Channel}'.", message.PartsSent);
        }
        else
        {
            try
            {
                var activity = JsonSerializer.Deserialize<OutboundActivity>(message.Body, StateJson.Options)!;
                outcome = await channel.SendAsync(message.RecipientId, activity, message.PartsSent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Sending outbound message {Id} on {Channel} failed unexpectedly", message.Id, message.Channel);
                outcome = SendOutcome.Transient(ex.GetType().Name + ": " + ex.Message, message.PartsSent);
            }
        }

        var attempts = message.Attempts + 1;
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = db.OutboundMessages.Where(m => m.Id == message.Id);
        var delivery = db.Deliveries.Where(d => d.Id == message.CampaignDeliveryId);
        if (outcome.Delivered)
        {
            await row.ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, InboxStatus.Sent).SetProperty(x => x.SentAt, now).SetProperty(x => x.PartsSent, outcome.PartsSent).SetProperty(x => x.PlatformMessageId, outcome.PlatformMessageId).SetProperty(x => x.Error, (string?)null), cancellationToken);
            if (message.CampaignDeliveryId is not null)
            {
                await delivery.ExecuteUpdateAsync(d => d.SetProperty(x => x.SentAt, now).SetProperty(x => x.PlatformMessageId, outcome.PlatformMessageId), cancellationToken);
            }

            return true;
        }

        if (outcome.Retryable && attempts < options.Value.MaxSendAttempts)
        {
            var backoffMs = (long)Math.Min(300_000, 1000 * Math.Pow(2, attempts));
            await row.ExecuteUpdateAsync(m => m.SetProperty(x => x.NextAttemptMs, now.ToUnixTimeMilliseconds() + backoffMs).SetProperty(x => x.PartsSent, outcome.PartsSent).SetProperty(x => x.Error, outcome.Reason), cancellationToken);
            logger.LogWarning("Outbound message {Id} on {Channel} will be retried in {Backoff} ms: {Reason}", message.Id, message.Channel, backoffMs, outcome.Reason);
            return false;
        }

        await row.ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, InboxStatus.Failed).SetProperty(x => x.PartsSent, outcome.PartsSent).SetProperty(x => x.Error, outcome.Reason), cancellationToken);
        if (message.CampaignDeliveryId is not null)
        {
            await delivery.ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, Broadcasts.DeliveryStatus.Failed).SetProperty(x => x.Reason, outcome.Reason), cancellationToken);
        }

        logger.LogWarning("Outbound message {Id} on {Channel} was not delivered and will not be retried: {Reason}", message.Id, message.Channel, outcome.Reason);
        return true;
    }
}
