using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Inbox;

/// <summary>
/// The statement that finishes an inbox event, for the turn's commit and for the worker's other endings (ignored,
/// failed, nothing asked): only a pending event is finished, so of two workers that ran it, one finishes it. SQL rather
/// than ExecuteUpdate, which EF cannot compile: it runs for every event (see <see cref="CompiledQuery{TQuery}"/>).
/// </summary>
public static class InboxEventFinish
{
    /// <returns>1 when the event was pending and is finished now; 0 when someone else finished it first.</returns>
    public static Task<int> RunAsync(CdsBotDbContext db, long eventId, string status, string? error, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(Statement(eventId, status, error, now), cancellationToken);

    /// <summary>Adds the statement to <paramref name="batch"/>; <paramref name="rows"/> is told 1 or 0 as <see cref="RunAsync"/> returns.</summary>
    public static void Add(StatementBatch batch, long eventId, string status, string? error, DateTimeOffset now, Action<int> rows) =>
        batch.Add(Statement(eventId, status, error, now), rows);

    private static FormattableString Statement(long eventId, string status, string? error, DateTimeOffset now) =>
        $"""UPDATE inbox_events SET "Status" = {status}, "ProcessedAt" = {now}, "Error" = {error} WHERE "Id" = {eventId} AND "Status" = {InboxStatus.Pending}""";
}
