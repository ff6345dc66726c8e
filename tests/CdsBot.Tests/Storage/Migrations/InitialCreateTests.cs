using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Tests.Storage.Migrations;

public sealed class InitialCreateTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_fresh_database_gets_the_whole_schema_and_matches_the_model(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = database.Storage.CreateMigrationContext();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: see the remarks on SqliteMigrationContext and PostgresMigrationContext");
    }
}
