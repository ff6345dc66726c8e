using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CdsBot.Tests.Storage.Migrations;

/// <summary>Rows written before there were several OAs and Pages belong to the default account after the migration.</summary>
public sealed class ChannelAccountsTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task The_single_token_row_becomes_the_default_OAs_and_existing_campaigns_send_from_every_account(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = database.Storage.CreateMigrationContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("SharedCounters");
        var postgres = provider == StorageProvider.Postgres;
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO zalo_tokens ("Id", "AccessToken", "RefreshToken", "ExpiresAtMs", "Version", "RefreshLeaseUntilMs") VALUES (1, 'at-live', 'rt-live', 42, 7, 0)""");
        // Raw SQL, so PostgreSQL's array literals have their braces doubled.
        await db.Database.ExecuteSqlRawAsync(postgres
            ? """INSERT INTO campaigns ("Name", "Status", "Text", "JoinContest", "Topics", "Localities", "Channels", "ScheduledAt", "ExpiresAt", "CreatedBy", "Writers", "CreatedAt", "UpdatedAt", "Targeted") VALUES ('Cũ', 'draft', 'Tin cũ', false, '{{}}', '{{}}', '{{zalo}}', 0, 0, 'editor', '{{}}', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00', 0)"""
            : """INSERT INTO campaigns ("Name", "Status", "Text", "JoinContest", "Topics", "Localities", "Channels", "ScheduledAt", "ExpiresAt", "CreatedBy", "Writers", "CreatedAt", "UpdatedAt", "Targeted") VALUES ('Cũ', 'draft', 'Tin cũ', 0, '[]', '[]', '["zalo"]', 0, 0, 'editor', '[]', '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00', 0)""");

        await db.Database.MigrateAsync();

        var token = Assert.Single(await db.ZaloTokens.AsNoTracking().ToListAsync());
        Assert.Equal(("", "at-live", "rt-live", 7L), (token.Account, token.AccessToken, token.RefreshToken, token.Version));
        var campaign = Assert.Single(await db.Campaigns.AsNoTracking().ToListAsync());
        Assert.Equal(["zalo"], campaign.Channels);
        Assert.Empty(campaign.Accounts);
    }
}
