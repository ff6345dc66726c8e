using System.Data.Common;
using System.Diagnostics.Metrics;
using CdsBot.Observability;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CdsBot.Storage;

/// <summary>
/// Counts the statements sent to the database (reads and writes) and the transactions committed: how many each inbound
/// event costs is what bounds the inbox's throughput (bench/ webhooks prints both per event). Its own meter instance
/// under the host's name, since the database's options are built before the host's other instruments exist.
/// </summary>
internal sealed class DbCommandCounter : DbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly Meter Meter = new(Telemetry.Name);
    private static readonly Counter<long> Commands = Meter.CreateCounter<long>("cdsbot.db.commands", "{statement}", "Statements sent to the database, by kind (read, write).");
    private static readonly Counter<long> Commits = Meter.CreateCounter<long>("cdsbot.db.commits", "{transaction}", "Transactions committed (statements outside a transaction commit on their own and are not counted here).");

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Commits.Add(1);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Commits.Add(1);
        return Task.CompletedTask;
    }

    /// <summary>Counts a statement sent in a batch (<see cref="StatementBatch"/>), which EF's interceptors do not see.</summary>
    public static void Counted(string commandText) =>
        Commands.Add(1, new KeyValuePair<string, object?>("kind", SqlStatement.Writes(commandText) ? "write" : "read"));

    private static void Count(DbCommand command) => Counted(command.CommandText);
}
