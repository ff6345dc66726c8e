using System.Globalization;
using CdsBot.Dialogs.State;
using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Privacy;

/// <summary>
/// Removes what citizens sent once it is older than <see cref="PrivacyOptions"/> allow: handled raw inbox events and
/// finished sends, state not touched for a while, unanswered questions' text, and closed hand-off threads. It never
/// removes what a pending send or an open hand-off needs.
/// </summary>
public sealed class RetentionSweep(IDbContextFactory<CdsBotDbContext> contexts, IOptions<PrivacyOptions> options, TimeProvider time)
{
    /// <summary>Runs one sweep; returns the rows removed by kind.</summary>
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var limits = options.Value;
        // SQLite cannot compare DateTimeOffset columns through EF; julianday() reads the stored text with its offset.
        static string At(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.fffffff+00:00", CultureInfo.InvariantCulture);
        var raw = At(now.AddDays(-limits.RawMessageDays));
        var state = At(now.AddDays(-limits.ConversationDays));
        var question = At(now.AddDays(-limits.QuestionDays));
        var handoff = At(now.AddDays(-limits.HandoffDays));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var database = db.Database;

        // Sends finished, of handled events (or campaign sends) older than the limit; then those events, once no send of theirs is left.
        var sends = await database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM outbound_messages
            WHERE Status NOT IN ({InboxStatus.Pending}, {InboxStatus.Sending})
              AND (julianday(CreatedAt) < julianday({raw})
                   OR InboxEventId IN (SELECT Id FROM inbox_events WHERE Status <> {InboxStatus.Pending} AND julianday(ReceivedAt) < julianday({raw})))
            """, cancellationToken);
        var events = await database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM inbox_events
            WHERE Status <> {InboxStatus.Pending} AND julianday(ReceivedAt) < julianday({raw})
              AND NOT EXISTS (SELECT 1 FROM outbound_messages o WHERE o.InboxEventId = inbox_events.Id)
            """, cancellationToken);

        // State of a conversation with an open hand-off stays: staff are still answering it.
        var open = await db.Handoffs.Where(h => h.ClosedAt == null).Select(h => new { h.Channel, h.ConversationId, h.UserId }).ToListAsync(cancellationToken);
        var keep = open.SelectMany(h => new[] { StateKeys.Conversation(h.Channel, h.ConversationId), StateKeys.User(h.Channel, h.UserId) }).ToHashSet(StringComparer.Ordinal);
        var stale = await db.States.FromSqlInterpolated($"SELECT * FROM bot_state WHERE julianday(UpdatedAt) < julianday({state})").Select(s => s.Key).ToListAsync(cancellationToken);
        var gone = stale.Where(k => !keep.Contains(k)).ToList();
        var states = gone.Count == 0 ? 0 : await db.States.Where(s => gone.Contains(s.Key)).ExecuteDeleteAsync(cancellationToken);

        var questions = await database.ExecuteSqlInterpolatedAsync($"DELETE FROM unanswered_questions WHERE julianday(AskedAt) < julianday({question})", cancellationToken);
        var handoffMessages = await database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM handoff_messages WHERE HandoffId IN
              (SELECT Id FROM handoff_requests WHERE ClosedAt IS NOT NULL AND julianday(ClosedAt) < julianday({handoff}))
            """, cancellationToken);
        var handoffs = await database.ExecuteSqlInterpolatedAsync($"DELETE FROM handoff_requests WHERE ClosedAt IS NOT NULL AND julianday(ClosedAt) < julianday({handoff})", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RetentionResult(events, sends, states, questions, handoffs, handoffMessages);
    }
}

/// <summary>What one retention sweep removed.</summary>
public sealed record RetentionResult(int InboxEvents, int Sends, int States, int Questions, int Handoffs, int HandoffMessages);
