using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Tests.Storage.Migrations;

public sealed class InitialCreateTests : IDisposable
{
    private readonly string _database = BotHost.NewDatabasePath();

    public void Dispose() => BotHost.DeleteDatabase(_database);

    [Fact]
    public async Task A_fresh_database_gets_the_whole_schema_and_matches_the_model()
    {
        await using var db = new StorageOptions { ConnectionString = $"Data Source={_database}" }.CreateMigrationContext();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: dotnet ef migrations add …");
    }
}
