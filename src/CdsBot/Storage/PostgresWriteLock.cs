using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CdsBot.Storage;

/// <summary>
/// Makes a read-write transaction on PostgreSQL wait for the others, as SQLite's BEGIN IMMEDIATE does: the first
/// statement of each transaction takes one transaction-scoped advisory lock, released at commit or rollback. The bot's
/// transactions (a turn with its replies, a publication, a retention fold…) read, then write what they read, and were
/// written for one writer at a time; this keeps that true across instances. Single statements outside a transaction
/// (inbox and outbox claims, ledger updates, counters) take no lock: row locks and their own WHERE settle them.
/// A snapshot read (<see cref="IsolationLevel.RepeatableRead"/>, see <see cref="ReadSnapshot"/>) takes no lock either.
/// </summary>
internal sealed class PostgresWriteLock : DbTransactionInterceptor
{
    /// <summary>Any fixed number; advisory locks are the application's own namespace ("CdsB" in ASCII).</summary>
    private const string Lock = "SELECT pg_advisory_xact_lock(1130652482)";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        if (Serializes(result))
        {
            using var command = Command(connection, result);
            command.ExecuteNonQuery();
        }

        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (Serializes(result))
        {
            await using var command = Command(connection, result);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

    private static bool Serializes(DbTransaction transaction) =>
        transaction.IsolationLevel is IsolationLevel.ReadCommitted or IsolationLevel.Unspecified;

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Lock;
        return command;
    }
}
