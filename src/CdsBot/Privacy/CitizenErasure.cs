using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows.Privacy;
using CdsBot.Dialogs.State;
using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Privacy;

/// <summary>
/// Finds and erases what is kept about one citizen (one channel identity) in every table, in one transaction. Their
/// messages, state, profile, subscription, questions, hand-off threads and pending sends are deleted; rows that feed
/// figures (feedback, campaign deliveries, lesson results, contest entries) stay under a pseudonym with the phone
/// numbers removed, so the aggregates do not change. The erasure test scans every table of the model for the identity.
/// </summary>
public sealed class CitizenErasure(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time)
{
    /// <summary>The citizen <paramref name="userId"/> with every conversation of theirs the database knows, plus <paramref name="conversationId"/>.</summary>
    public async Task<CitizenIdentity> IdentifyAsync(string channel, string userId, string? conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var conversations = new HashSet<string>(StringComparer.Ordinal) { userId };
        if (!string.IsNullOrEmpty(conversationId))
        {
            conversations.Add(conversationId);
        }

        conversations.UnionWith(await db.Handoffs.Where(h => h.Channel == channel && h.UserId == userId).Select(h => h.ConversationId).ToListAsync(cancellationToken));
        conversations.UnionWith(await db.Feedback.Where(f => f.Channel == channel && f.UserId == userId).Select(f => f.ConversationId).ToListAsync(cancellationToken));
        conversations.UnionWith(await db.Unanswered.Where(u => u.Channel == channel && u.UserId == userId).Select(u => u.ConversationId).ToListAsync(cancellationToken));
        // A web conversation names its user in each stored request.
        var named = $"\"userId\":\"{userId}\"";
        conversations.UnionWith(await db.InboxEvents.Where(e => e.Channel == channel && e.Body.Contains(named)).Select(e => e.ConversationId).Distinct().ToListAsync(cancellationToken));
        return new CitizenIdentity(channel, userId, [.. conversations.Order(StringComparer.Ordinal)]);
    }

    /// <summary>What is kept about <paramref name="who"/>, counted by kind.</summary>
    public async Task<CitizenDataSummary> DescribeAsync(CitizenIdentity who, CancellationToken cancellationToken)
    {
        var (channel, user, conversations) = (who.Channel, who.UserId, who.ConversationIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var subscription = await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Channel == channel && s.UserId == user && s.Active, cancellationToken);
        var phones = await db.Handoffs.Where(h => h.Channel == channel && h.UserId == user && h.Phone != null).Select(h => h.Phone!)
            .Concat(db.ContestAttempts.Where(a => a.Channel == channel && a.UserId == user && a.ContactPhone != null).Select(a => a.ContactPhone!))
            .Distinct().ToListAsync(cancellationToken);
        return new CitizenDataSummary(
            Messages: await db.InboxEvents.CountAsync(e => e.Channel == channel && conversations.Contains(e.ConversationId), cancellationToken)
                      + await db.OutboundMessages.CountAsync(o => o.Channel == channel && (o.RecipientId == user || conversations.Contains(o.RecipientId)), cancellationToken),
            Subscribed: subscription is not null,
            SubscriptionDetail: subscription is null ? null : $"{(subscription.Topics.Count == 0 ? "mọi chủ đề" : $"{subscription.Topics.Count} chủ đề")}, từ {subscription.ConsentedAt.ToOffset(VietnamTime.Offset):dd/MM/yyyy}",
            Questions: await db.Unanswered.CountAsync(u => u.Channel == channel && u.UserId == user, cancellationToken),
            Feedback: await db.Feedback.CountAsync(f => f.Channel == channel && f.UserId == user, cancellationToken),
            Handoffs: await db.Handoffs.CountAsync(h => h.Channel == channel && h.UserId == user, cancellationToken),
            Lessons: await db.LessonResults.CountAsync(r => r.Channel == channel && r.UserId == user, cancellationToken),
            ContestEntries: await db.ContestAttempts.CountAsync(a => a.Channel == channel && a.UserId == user, cancellationToken),
            CampaignMessages: await db.Deliveries.CountAsync(d => d.Channel == channel && d.UserId == user && d.SentAt != null, cancellationToken),
            MaskedPhones: [.. phones.Select(MaskPhone)]);
    }

    /// <summary>Erases <paramref name="who"/> from every table; returns how many rows were deleted or anonymised.</summary>
    public async Task<int> EraseAsync(CitizenIdentity who, CancellationToken cancellationToken)
    {
        var (channel, user, conversations) = (who.Channel, who.UserId, who.ConversationIds);
        // One stand-in per erasure: the citizen's rows still count as one citizen's in the figures.
        var pseudonym = "erased-" + Guid.NewGuid().ToString("N")[..12];
        var stateKeys = conversations.Select(c => StateKeys.Conversation(channel, c)).Append(StateKeys.User(channel, user)).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = 0;
        changed += await db.States.Where(s => stateKeys.Contains(s.Key)).ExecuteDeleteAsync(cancellationToken);

        var handoffs = db.Handoffs.Where(h => h.Channel == channel && (h.UserId == user || conversations.Contains(h.ConversationId))).Select(h => h.Id);
        changed += await db.HandoffMessages.Where(m => handoffs.Contains(m.HandoffId)).ExecuteDeleteAsync(cancellationToken);
        changed += await db.Handoffs.Where(h => h.Channel == channel && (h.UserId == user || conversations.Contains(h.ConversationId))).ExecuteDeleteAsync(cancellationToken);
        changed += await db.Unanswered.Where(u => u.Channel == channel && (u.UserId == user || conversations.Contains(u.ConversationId))).ExecuteDeleteAsync(cancellationToken);
        changed += await db.Feedback.Where(f => f.Channel == channel && (f.UserId == user || conversations.Contains(f.ConversationId)))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.UserId, pseudonym).SetProperty(f => f.ConversationId, pseudonym), cancellationToken);

        var events = db.InboxEvents.Where(e => e.Channel == channel && conversations.Contains(e.ConversationId)).Select(e => e.Id);
        changed += await db.OutboundMessages
            .Where(o => events.Contains(o.InboxEventId) || (o.Channel == channel && (o.RecipientId == user || conversations.Contains(o.RecipientId))))
            .ExecuteDeleteAsync(cancellationToken);
        changed += await db.InboxEvents.Where(e => e.Channel == channel && conversations.Contains(e.ConversationId)).ExecuteDeleteAsync(cancellationToken);

        // The turn log keeps counting the turns (the dashboard's figures), without the conversation or the words.
        changed += await db.TurnLog.Where(t => t.Channel == channel && conversations.Contains(t.ConversationId))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ConversationId, pseudonym).SetProperty(t => t.Question, (string?)null), cancellationToken);
        changed += await db.ZaloUsers.Where(z => channel == "zalo" && z.UserId == user).ExecuteDeleteAsync(cancellationToken);
        changed += await db.MessengerUsers.Where(m => channel == "messenger" && m.Psid == user).ExecuteDeleteAsync(cancellationToken);
        changed += await db.Subscriptions.Where(s => s.Channel == channel && s.UserId == user).ExecuteDeleteAsync(cancellationToken);
        changed += await db.Deliveries.Where(d => d.Channel == channel && d.UserId == user)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.UserId, d => pseudonym + "-" + d.Id), cancellationToken);
        changed += await db.LessonResults.Where(r => r.Channel == channel && r.UserId == user)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UserId, pseudonym), cancellationToken);
        changed += await db.ContestAttempts.Where(a => a.Channel == channel && a.UserId == user)
            .ExecuteUpdateAsync(
                s => s.SetProperty(a => a.UserId, pseudonym)
                    .SetProperty(a => a.ContactPhone, (string?)null)
                    .SetProperty(a => a.ContactConsentAt, (DateTimeOffset?)null)
                    .SetProperty(a => a.ContactConsentWording, (string?)null),
                cancellationToken);
        changed += await db.ErasureRequests.Where(r => r.Channel == channel && r.UserId == user).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    /// <summary>Files a citizen's own request; see <see cref="ErasureWorker"/>.</summary>
    public async Task RequestAsync(string channel, string userId, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ErasureRequests.Add(new ErasureRequestRecord { Channel = channel, UserId = userId, ConversationId = conversationId, RequestedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds() });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether anything for <paramref name="who"/> is still waiting to be handled or sent.</summary>
    public async Task<bool> HasPendingAsync(CitizenIdentity who, CancellationToken cancellationToken)
    {
        var (channel, user, conversations) = (who.Channel, who.UserId, who.ConversationIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InboxEvents.AnyAsync(e => e.Channel == channel && conversations.Contains(e.ConversationId) && e.Status == InboxStatus.Pending, cancellationToken)
               || await db.OutboundMessages.AnyAsync(o => o.Channel == channel && (o.RecipientId == user || conversations.Contains(o.RecipientId)) && (o.Status == InboxStatus.Pending || o.Status == InboxStatus.Sending), cancellationToken);
    }

    private static string MaskPhone(string phone) => phone.Length <= 6 ? new string('•', phone.Length) : phone[..3] + new string('•', phone.Length - 6) + phone[^3..];
}
