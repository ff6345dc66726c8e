using System.Text.Json;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.WebChat;

/// <summary>
/// Reads a web conversation back from the durable inbox (what the citizen wrote) and the outbox (what reached them),
/// within <see cref="WebChatOptions.HistoryDays"/>.
/// </summary>
public sealed class WebChatHistory(IDbContextFactory<CdsBotDbContext> contexts, IOptions<WebChatOptions> options, TimeProvider time)
{
    /// <summary>The conversation's last messages, oldest first.</summary>
    public async Task<List<WebChatMessage>> ReadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddDays(-options.Value.HistoryDays);
        var take = options.Value.HistoryMessages;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var asked = await db.InboxEvents.AsNoTracking()
            .Where(e => e.Channel == WebChatApi.Channel && e.ConversationId == conversationId)
            .OrderByDescending(e => e.Id).Take(take)
            .Select(e => new { e.Id, e.Body, e.ReceivedAt })
            .ToListAsync(cancellationToken);
        var citizen = asked
            .Where(e => e.ReceivedAt >= since)
            .Select(e => (Request: WebChatInbound.Read(e.Body), e.Id, e.ReceivedAt))
            .Select(e => new WebChatMessage(-e.Id, "citizen", e.Request?.Label ?? e.Request?.Text, null, e.ReceivedAt))
            .Where(m => !string.IsNullOrWhiteSpace(m.Text));
        var bot = await RepliesAsync(db, conversationId, 0, since, take, cancellationToken);
        return [.. citizen.Concat(bot).OrderBy(m => m.At).ThenBy(m => m.From == "citizen" ? 0 : 1).ThenBy(m => Math.Abs(m.Id)).TakeLast(take)];
    }

    /// <summary>What reached the conversation after outbox row <paramref name="afterId"/>, oldest first.</summary>
    public async Task<List<WebChatMessage>> RepliesAfterAsync(string conversationId, long afterId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RepliesAsync(db, conversationId, afterId, time.GetUtcNow().AddDays(-options.Value.HistoryDays), options.Value.HistoryMessages, cancellationToken);
    }

    private static async Task<List<WebChatMessage>> RepliesAsync(CdsBotDbContext db, string userId, long afterId, DateTimeOffset since, int take, CancellationToken cancellationToken)
    {
        // "sending" counts as delivered: the web sender only wakes the streams, so a row is in the mailbox from its claim on.
        // SQLite cannot compare DateTimeOffset columns: the retention limit is applied to the (bounded) rows read.
        var rows = await db.OutboundMessages.AsNoTracking()
            .Where(m => m.Channel == WebChatApi.Channel && m.RecipientId == userId && m.Id > afterId)
            .Where(m => m.Status == InboxStatus.Sent || m.Status == InboxStatus.Sending)
            .OrderByDescending(m => m.Id).Take(take)
            .Select(m => new { m.Id, m.Body, m.CreatedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.CreatedAt >= since).OrderBy(r => r.Id).Select(r => new WebChatMessage(r.Id, "bot", null, ChatReply.From(JsonSerializer.Deserialize<OutboundActivity>(r.Body, StateJson.Options)!), r.CreatedAt))];
    }
}
