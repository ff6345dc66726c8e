using System.Globalization;
using CdsBot.Dialogs.State;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Storage;

/// <summary>
/// Conversation and user state in the database. Each row's <see cref="StateRecord.Version"/> is its ETag:
/// an update names the version it read and matches no row if another turn wrote in between; a create is an
/// insert that does nothing if the row appeared meanwhile. Either way the whole batch rolls back.
/// </summary>
public sealed class EfStateStore(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time) : IStateStore
{
    public async Task<IReadOnlyDictionary<string, StateEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = new Dictionary<string, StateEntry>();
        await foreach (var s in StatesOf.For(db)(db, [.. keys]).WithCancellation(cancellationToken))
        {
            entries[s.Key] = new StateEntry(s.Json, s.Version.ToString(CultureInfo.InvariantCulture));
        }

        return entries;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StateWrite> writes, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var etags = await WriteInAsync(db, writes, time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return etags;
    }

    /// <summary>Writes <paramref name="writes"/> inside the caller's transaction on <paramref name="db"/>; throws on a stale ETag.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> WriteInAsync(
        CdsBotDbContext db, IReadOnlyCollection<StateWrite> writes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var batch = new StatementBatch(db);
        var etags = Add(batch, writes, now);
        await batch.RunAsync(cancellationToken);
        return etags;
    }

    /// <summary>
    /// Adds <paramref name="writes"/> to <paramref name="batch"/>, which throws <see cref="StateConflictException"/> when it
    /// runs if one of them meets a stale ETag; returns the ETags the rows will have.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Add(StatementBatch batch, IReadOnlyCollection<StateWrite> writes, DateTimeOffset now)
    {
        var etags = new Dictionary<string, string>();
        foreach (var write in writes)
        {
            long version;
            FormattableString statement;
            if (write.ExpectedETag is null)
            {
                version = 1;
                statement = $"""INSERT INTO bot_state ("Key", "Json", "Version", "UpdatedAt") VALUES ({write.Key}, {write.Json}, {version}, {now}) ON CONFLICT ("Key") DO NOTHING""";
            }
            else
            {
                var expected = long.Parse(write.ExpectedETag, CultureInfo.InvariantCulture);
                version = expected + 1;
                statement = $"""UPDATE bot_state SET "Json" = {write.Json}, "Version" = {version}, "UpdatedAt" = {now} WHERE "Key" = {write.Key} AND "Version" = {expected}""";
            }

            var key = write.Key;
            batch.Add(statement, changed =>
            {
                if (changed == 0)
                {
                    throw new StateConflictException(key);
                }
            });
            etags[write.Key] = version.ToString(CultureInfo.InvariantCulture);
        }

        return etags;
    }

    // Compiled once: every turn reads its state (see CompiledQuery).
    private static readonly CompiledQuery<Func<CdsBotDbContext, string[], IAsyncEnumerable<StateRecord>>> StatesOf =
        new(() => EF.CompileAsyncQuery((CdsBotDbContext db, string[] keys) => db.States.AsNoTracking().Where(s => keys.Contains(s.Key))));
}
