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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var database = db.Database;
        // SQLite cannot compare DateTimeOffset columns through EF; the dialect compares the instants they hold.
        var sql = SqlDialect.Of(database);
        var raw = sql.Instant(now.AddDays(-limits.RawMessageDays));
        var state = sql.Instant(now.AddDays(-limits.ConversationDays));
        var question = sql.Instant(now.AddDays(-limits.QuestionDays));
        var handoff = sql.Instant(now.AddDays(-limits.HandoffDays));
        var before = sql.At("{0}");

        // Sends finished, of handled events (or campaign sends) older than the limit; then those events, once no send of theirs is left.
        // Raw: the statements splice the dialect's expressions in; every value is a parameter ({0}, {1}…).
        var deleteSends = $$"""
            DELETE FROM outbound_messages
            WHERE "Status" NOT IN ({1}, {2})
              AND ({{sql.At("\"CreatedAt\"")}} < {{before}}
                   OR "InboxEventId" IN (SELECT "Id" FROM inbox_events WHERE "Status" <> {1} AND {{sql.At("\"ReceivedAt\"")}} < {{before}}))
            """;
        var sends = await database.ExecuteSqlRawAsync(deleteSends, [raw, InboxStatus.Pending, InboxStatus.Sending], cancellationToken);
        var deleteEvents = $$"""
            DELETE FROM inbox_events
            WHERE "Status" <> {1} AND {{sql.At("\"ReceivedAt\"")}} < {{before}}
              AND NOT EXISTS (SELECT 1 FROM outbound_messages o WHERE o."InboxEventId" = inbox_events."Id")
            """;
        var events = await database.ExecuteSqlRawAsync(deleteEvents, [raw, InboxStatus.Pending], cancellationToken);

        // State of a conversation with an open hand-off stays: staff are still answering it.
        var open = await db.Handoffs.Where(h => h.ClosedAt == null).Select(h => new { h.Channel, h.ConversationId, h.UserId }).ToListAsync(cancellationToken);
        var keep = open.SelectMany(h => new[] { StateKeys.Conversation(h.Channel, h.ConversationId), StateKeys.User(h.Channel, h.UserId) }).ToHashSet(StringComparer.Ordinal);
        var staleStates = $$"""SELECT * FROM bot_state WHERE {{sql.At("\"UpdatedAt\"")}} < {{before}}""";
        var stale = await db.States.FromSqlRaw(staleStates, state).Select(s => s.Key).ToListAsync(cancellationToken);
        var gone = stale.Where(k => !keep.Contains(k)).ToList();
        var states = gone.Count == 0 ? 0 : await db.States.Where(s => gone.Contains(s.Key)).ExecuteDeleteAsync(cancellationToken);

        var deleteQuestions = $$"""DELETE FROM unanswered_questions WHERE {{sql.At("\"AskedAt\"")}} < {{before}}""";
        var questions = await database.ExecuteSqlRawAsync(deleteQuestions, [question], cancellationToken);
        var closedBefore = $$"""SELECT "Id" FROM handoff_requests WHERE "ClosedAt" IS NOT NULL AND {{sql.At("\"ClosedAt\"")}} < {{before}}""";
        var deleteHandoffMessages = $"""DELETE FROM handoff_messages WHERE "HandoffId" IN ({closedBefore})""";
        var handoffMessages = await database.ExecuteSqlRawAsync(deleteHandoffMessages, [handoff], cancellationToken);
        var deleteHandoffs = $"""DELETE FROM handoff_requests WHERE "Id" IN ({closedBefore})""";
        var handoffs = await database.ExecuteSqlRawAsync(deleteHandoffs, [handoff], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RetentionResult(events, sends, states, questions, handoffs, handoffMessages);
    }
}

/// <summary>What one retention sweep removed.</summary>
public sealed record RetentionResult(int InboxEvents, int Sends, int States, int Questions, int Handoffs, int HandoffMessages);
