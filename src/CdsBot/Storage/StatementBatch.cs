using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CdsBot.Storage;

/// <summary>
/// Writes of one unit of work that need nothing read between them, sent together: on PostgreSQL in one round trip (a
/// <see cref="DbBatch"/> in the context's transaction), on SQLite one by one as EF runs them (in process, with no round
/// trip to save). Each statement may say what to do with the rows it changed (throw when a check found none), told in
/// order once the whole batch has run (or, when a statement fails, those run before it, then the failure); a throw leaves
/// the statements run in the transaction, which the caller's failure rolls back (the group commit rolls back a unit that
/// throws). Batched statements are not seen by EF's command interceptors; <see cref="DbCommandCounter"/> counts them.
/// </summary>
public sealed class StatementBatch(CdsBotDbContext db)
{
    private readonly List<(FormattableString Sql, Action<int>? Rows)> _statements = [];

    /// <summary>The context whose connection and transaction the batch runs on.</summary>
    public CdsBotDbContext Db => db;

    /// <summary>Adds <paramref name="sql"/> (its arguments become parameters, as in ExecuteSql); <paramref name="rows"/> is told how many rows it changed.</summary>
    public void Add(FormattableString sql, Action<int>? rows = null) => _statements.Add((sql, rows));

    /// <summary>Runs the statements added so far, then tells each its rows in order.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var statements = _statements.ToArray();
        _statements.Clear();
        if (statements.Length < 2 || !db.Database.IsNpgsql())
        {
            foreach (var (sql, rows) in statements)
            {
                var changed = await db.Database.ExecuteSqlAsync(sql, cancellationToken);
                rows?.Invoke(changed);
            }

            return;
        }

        await RunAsOneAsync(statements, cancellationToken);
    }

    private async Task RunAsOneAsync((FormattableString Sql, Action<int>? Rows)[] statements, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Each statement's text and parameters as EF would send them on their own (the same placeholders and type
            // mappings), moved from a scratch command into the batch.
            var builder = db.GetService<IRawSqlCommandBuilder>();
            await using var batch = connection.CreateBatch();
            batch.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var scratch = connection.CreateCommand();
            foreach (var (sql, _) in statements)
            {
                var raw = builder.Build(sql.Format, sql.GetArguments());
                var command = batch.CreateBatchCommand();
                command.CommandText = raw.RelationalCommand.CommandText;
                foreach (var parameter in raw.RelationalCommand.Parameters)
                {
                    parameter.AddDbParameter(scratch, raw.ParameterValues);
                }

                foreach (var parameter in scratch.Parameters.Cast<DbParameter>().ToList())
                {
                    scratch.Parameters.Remove(parameter);
                    command.Parameters.Add(parameter);
                }

                batch.BatchCommands.Add(command);
                DbCommandCounter.Counted(command.CommandText);
            }

            try
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException)
            {
                // A statement failed: the checks of those run before it come first, as if run one by one. An event another
                // instance finished meanwhile fails its finish check, not its reply's insert against that instance's reply.
                TellRows(statements, batch.BatchCommands.TakeWhile(c => c.RecordsAffected >= 0).Count(), batch);
                throw;
            }

            TellRows(statements, statements.Length, batch);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Tells the first <paramref name="count"/> statements the rows their commands in <paramref name="batch"/> changed.</summary>
    private static void TellRows((FormattableString Sql, Action<int>? Rows)[] statements, int count, DbBatch batch)
    {
        for (var i = 0; i < count; i++)
        {
            statements[i].Rows?.Invoke(batch.BatchCommands[i].RecordsAffected);
        }
    }
}
