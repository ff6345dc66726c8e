using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CdsBot.Tests.Storage.Migrations;

public sealed class StaffSecurityMigrationTests : IDisposable
{
    private readonly string _database = BotHost.NewDatabasePath();

    public void Dispose() => BotHost.DeleteDatabase(_database);

    private CdsBotDbContext Db() =>
        new(new DbContextOptionsBuilder<CdsBotDbContext>().UseSqlite($"Data Source={_database}").Options);

    [Fact]
    public async Task A_fresh_database_matches_the_model()
    {
        await using var db = Db();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: dotnet ef migrations add …");
        Assert.Empty(await db.DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task Existing_accounts_get_stamps_of_their_own_and_existing_drafts_name_their_writer()
    {
        await using (var before = Db())
        {
            await before.GetService<IMigrator>().MigrateAsync("DocumentTexts");
            await before.Database.ExecuteSqlRawAsync("""
                INSERT INTO staff_users (UserName, PasswordHash, Role, Disabled, CreatedAt) VALUES ('lan', 'x', 'editor', 0, '2026-01-01 00:00:00+00:00'), ('minh', 'x', 'publisher', 0, '2026-01-01 00:00:00+00:00');
                INSERT INTO item_drafts (ItemId, ContentJson, State, EditedBy, EditedAt) VALUES ('muc-cu', 'null', 'in_review', 'lan', '2026-01-01 00:00:00+00:00');
                """);
        }

        await using var db = Db();
        await db.Database.MigrateAsync();

        var stamps = await db.StaffUsers.Select(u => u.SecurityStamp).ToListAsync();
        Assert.Equal(2, stamps.Where(s => s.Length >= 16).Distinct().Count());
        Assert.Equal(["lan"], (await db.ItemDrafts.SingleAsync()).Writers);
    }
}
