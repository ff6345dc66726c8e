using CdsBot.Dialogs.State;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Tests.Storage;

/// <summary>
/// A unit's writes sent together (one round trip on PostgreSQL) behave as the same statements run one by one: in the
/// order added, each told the rows it changed, and a check that fails leaves nothing once the transaction rolls back.
/// </summary>
public sealed class StatementBatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 10, 1, 0, 0, TimeSpan.Zero);

    private static async Task<CdsBotDbContext> MigratedAsync(TestDatabase database)
    {
        await using (var migration = database.Storage.CreateMigrationContext())
        {
            await migration.Database.MigrateAsync();
        }

        return new CdsBotDbContext(database.Storage.Configure(new DbContextOptionsBuilder<CdsBotDbContext>()).Options);
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
