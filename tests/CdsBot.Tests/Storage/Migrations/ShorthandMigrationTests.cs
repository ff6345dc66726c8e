using CdsBot.Content.Records;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CdsBot.Tests.Storage.Migrations;

public sealed class ShorthandMigrationTests : IDisposable
{
    private readonly string _database = BotHost.NewDatabasePath();

    public void Dispose() => BotHost.DeleteDatabase(_database);

    private CdsBotDbContext Db() =>
        new(new DbContextOptionsBuilder<CdsBotDbContext>().UseSqlite($"Data Source={_database}").Options);

    [Fact]
    public async Task A_fresh_database_gets_the_shorthand_table_and_matches_the_model()
    {
        await using var db = Db();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: dotnet ef migrations add …");
        db.Shorthand.Add(new ShorthandRecord { Term = "ko", Means = "không" });
        await db.SaveChangesAsync();
        db.Shorthand.Add(new ShorthandRecord { Term = "ko", Means = "khong" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_database_from_before_shorthand_keeps_its_synonyms_and_gains_an_empty_table()
    {
        await using (var before = Db())
        {
            await before.GetService<IMigrator>().MigrateAsync("DeferredDeliveryLink");
            before.Synonyms.Add(new SynonymRecord { Term = "bhyt", Means = "bảo hiểm y tế" });
            await before.SaveChangesAsync();
        }

        await using var db = Db();
        await db.Database.MigrateAsync();

        Assert.Equal("bảo hiểm y tế", (await db.Synonyms.SingleAsync()).Means);
        Assert.Empty(await db.Shorthand.ToListAsync());
    }
}
