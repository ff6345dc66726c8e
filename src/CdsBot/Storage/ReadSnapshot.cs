using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Storage;

/// <summary>A read-only transaction in which several queries see one state of the database and no writer waits.</summary>
public static class ReadSnapshot
{
    /// <returns>The transaction; disposing it ends the snapshot.</returns>
    public static async Task<IAsyncDisposable> BeginAsync(CdsBotDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }

        // Deferred: a read snapshot (write-ahead logging) that takes no write lock, unlike the provider's default BEGIN IMMEDIATE.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return transaction;
    }
}
