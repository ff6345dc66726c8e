using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CdsBot.Storage;

/// <summary>
/// One writer at a time per SQLite file in this process, queued in order instead of left to SQLite's busy handler.
/// SQLite allows one writer; a second one waits in the busy handler, which sleeps 1, 2, 5 … up to 100 ms between
/// attempts, however soon the lock is free. Under load (webhooks storing events while the worker commits turns) those
/// sleeps were most of a webhook's acknowledgement time. Here a writer waits on an async gate instead and starts the
/// moment the previous one ends. A write is a transaction begun through EF (BEGIN IMMEDIATE; from its start to its
/// commit, rollback or the connection's close) or a single INSERT/UPDATE/DELETE outside one (until its reader is
/// disposed, for INSERT … RETURNING). Reads take no gate: with write-ahead logging they never wait for a writer.
/// Writers in other processes still meet SQLite's own lock and busy handler, as before.
/// </summary>
internal sealed class SqliteWriteGate : DbCommandInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>As long as SQLite's own busy timeout: past it the writer goes ahead and meets SQLite's lock as before.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _gate;
    private readonly ConditionalWeakTable<DbConnection, Holder> _holders = [];

    public SqliteWriteGate(string dataSource) => _gate = Gates.GetOrAdd(Path.GetFullPath(dataSource), _ => new SemaphoreSlim(1, 1));

    // Transactions begun through EF write (the provider's BEGIN IMMEDIATE); a deferred read snapshot is attached with
    // UseTransaction instead and never passes here.
    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(connection);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(connection, cancellationToken);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(transaction.Connection);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(transaction.Connection);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(transaction.Connection);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(transaction.Connection);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData)
    {
        // A failed BEGIN, COMMIT or ROLLBACK: the transaction is over either way once the connection closes; until then
        // SQLite may still hold its lock, so the gate stays with the connection and is given back when it closes.
    }

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) => Task.CompletedTask;

    // A transaction disposed without commit or rollback (an exception in between) rolls back when its connection closes.
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Leave(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Leave(connection);
        return Task.CompletedTask;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterForStatement(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, cancellationToken);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        LeaveStatement(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        LeaveStatement(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterForStatement(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, cancellationToken);
        return result;
    }

    // INSERT … RETURNING writes as its reader steps and commits when the reader is done with.
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        LeaveStatement(command);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnterForStatement(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnterForStatementAsync(command, cancellationToken);
        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        LeaveStatement(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        LeaveStatement(command);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => LeaveStatement(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveStatement(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => LeaveStatement(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveStatement(command);
        return Task.CompletedTask;
    }

    /// <summary>A statement that writes on its own (no transaction around it): INSERT, UPDATE, DELETE or REPLACE.</summary>
    internal static bool WritesAlone(DbCommand command) => command.Transaction is null && SqlStatement.Writes(command.CommandText);

    private void EnterForStatement(DbCommand command)
    {
        if (command.Connection is { } connection && WritesAlone(command))
        {
            Enter(connection);
        }
    }

    private Task EnterForStatementAsync(DbCommand command, CancellationToken cancellationToken) =>
        command.Connection is { } connection && WritesAlone(command) ? EnterAsync(connection, cancellationToken) : Task.CompletedTask;

    private void LeaveStatement(DbCommand command)
    {
        if (command.Connection is { } connection && command.Transaction is null)
        {
            Leave(connection);
        }
    }

    private void Enter(DbConnection connection)
    {
        var holder = _holders.GetOrCreateValue(connection);
        if (!holder.Holds)
        {
            holder.Holds = _gate.Wait(MaxWait);
        }
    }

    private async Task EnterAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var holder = _holders.GetOrCreateValue(connection);
        if (!holder.Holds)
        {
            holder.Holds = await _gate.WaitAsync(MaxWait, cancellationToken);
        }
    }

    private void Leave(DbConnection? connection)
    {
        if (connection is not null && _holders.TryGetValue(connection, out var holder) && holder.Holds)
        {
            holder.Holds = false;
            _gate.Release();
        }
    }

    /// <summary>Whether a connection holds the gate; a connection is used by one context, one operation at a time.</summary>
    private sealed class Holder
    {
        public bool Holds { get; set; }
    }
}
