using CdsBot.Dialogs.State;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CdsBot.Tests.Storage;

/// <summary>
/// A unit's writes sent together (one round trip on PostgreSQL) behave as the same statements run one by one: in the
/// order added, each told the rows it changed, and a check that fails leaves nothing once the transaction rolls back.
/// </summary>
public sealed class StatementBatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 10, 1, 0, 0, TimeSpan.Zero);

    private static async Task<CdsBotDbContext> MigratedAsync(TestDatabase database, IInterceptor? interceptor = null)
    {
        await using (var migration = database.Storage.CreateMigrationContext())
        {
            await migration.Database.MigrateAsync();
        }

        var options = database.Storage.Configure(new DbContextOptionsBuilder<CdsBotDbContext>());
        if (interceptor is not null)
        {
            options.AddInterceptors(interceptor);
        }

        return new CdsBotDbContext(options.Options);
    }

    private static FormattableString InsertState(string key) =>
        $"""INSERT INTO bot_state ("Key", "Json", "Version", "UpdatedAt") VALUES ({key}, {"{}"}, {1L}, {Now})""";

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task On_PostgreSQL_the_statements_go_as_one_batch_and_on_SQLite_as_EF_runs_them_one_by_one(string provider)
    {
        var commands = new CommandCounter();
        await using var open = await InTransactionAsync(provider, commands);
        var batch = open.Batch;
        batch.Add(InsertState("a"));
        batch.Add(InsertState("b"));
        batch.Add(InsertState("c"));

        await batch.RunAsync(CancellationToken.None);

        Assert.Equal(provider == StorageProvider.Postgres ? 0 : 3, commands.Count);
        Assert.Equal(3, await open.Db.States.CountAsync());
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task When_a_statement_fails_the_checks_of_the_statements_before_it_are_told_first(string provider)
    {
        await using var open = await InTransactionAsync(provider);
        var batch = open.Batch;
        batch.Add(InsertState("a"));
        batch.Add($"""UPDATE bot_state SET "Version" = {2L} WHERE "Key" = {"missing"}""", rows =>
        {
            if (rows == 0)
            {
                throw new InvalidOperationException("the row checked is gone");
            }
        });
        batch.Add(InsertState("a"));

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => batch.RunAsync(CancellationToken.None));
        Assert.Equal("the row checked is gone", failed.Message);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_failing_statement_with_no_check_before_it_fails_the_batch_with_the_databases_error(string provider)
    {
        await using var open = await InTransactionAsync(provider);
        var batch = open.Batch;
        var told = new List<int>();
        batch.Add(InsertState("a"), told.Add);
        batch.Add(InsertState("a"), told.Add);
        batch.Add(InsertState("b"), told.Add);

        await Assert.ThrowsAnyAsync<DbException>(() => batch.RunAsync(CancellationToken.None));
        Assert.Equal([1], told);
    }

    private static async Task<OpenBatch> InTransactionAsync(string provider, IInterceptor? interceptor = null)
    {
        var database = TestDatabase.Create(provider);
        var db = await MigratedAsync(database, interceptor);
        return new OpenBatch(database, db, await db.Database.BeginTransactionAsync());
    }

    /// <summary>A batch on a new database's context, in a transaction left uncommitted.</summary>
    private sealed class OpenBatch(TestDatabase database, CdsBotDbContext db, IAsyncDisposable transaction) : IAsyncDisposable
    {
        public CdsBotDbContext Db => db;

        public StatementBatch Batch { get; } = new(db);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await db.DisposeAsync();
            database.Dispose();
        }
    }

    /// <summary>Counts the commands EF sends through its interceptors.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return ValueTask.FromResult(result);
        }
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Statements_run_in_the_order_added_and_each_is_told_the_rows_it_changed(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = await MigratedAsync(database);
        var rows = new List<int>();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var batch = new StatementBatch(db);
            batch.Add($"""INSERT INTO bot_state ("Key", "Json", "Version", "UpdatedAt") VALUES ({"k"}, {"{}"}, {1L}, {Now}) ON CONFLICT ("Key") DO NOTHING""", rows.Add);
            batch.Add($"""INSERT INTO bot_state ("Key", "Json", "Version", "UpdatedAt") VALUES ({"k"}, {"{}"}, {1L}, {Now}) ON CONFLICT ("Key") DO NOTHING""", rows.Add);
            batch.Add($"""UPDATE bot_state SET "Json" = {"{\"turn\":2}"}, "Version" = {2L} WHERE "Key" = {"k"} AND "Version" = {1L}""", rows.Add);
            batch.Add($"""UPDATE bot_state SET "Version" = {3L} WHERE "Key" = {"other"}""", rows.Add);
            await batch.RunAsync(CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal([1, 0, 1, 0], rows);
        var stored = await db.States.AsNoTracking().SingleAsync();
        Assert.Equal(("k", "{\"turn\":2}", 2L, Now), (stored.Key, stored.Json, stored.Version, stored.UpdatedAt));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_stale_state_write_throws_after_the_batch_and_its_rollback_leaves_none_of_the_batchs_writes(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = await MigratedAsync(database);
        await EfStateStore.WriteInAsync(db, [new StateWrite("conversation", "{}", null)], Now, CancellationToken.None);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var batch = new StatementBatch(db);
            EfStateStore.Add(batch, [new StateWrite("user", "{}", null), new StateWrite("conversation", "{\"stale\":true}", "7")], Now);
            var conflict = await Assert.ThrowsAsync<StateConflictException>(() => batch.RunAsync(CancellationToken.None));
            Assert.Equal("conversation", conflict.Key);
            await transaction.RollbackAsync();
        }

        var stored = await db.States.AsNoTracking().ToListAsync();
        Assert.Equal(("conversation", "{}", 1L), (Assert.Single(stored).Key, stored[0].Json, stored[0].Version));
    }
}
