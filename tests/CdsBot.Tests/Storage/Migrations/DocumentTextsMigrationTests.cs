using CdsBot.Content.Records;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CdsBot.Tests.Storage.Migrations;

public sealed class DocumentTextsMigrationTests : IDisposable
{
    private readonly string _database = BotHost.NewDatabasePath();

    public void Dispose() => BotHost.DeleteDatabase(_database);

    private CdsBotDbContext Db() =>
        new(new DbContextOptionsBuilder<CdsBotDbContext>().UseSqlite($"Data Source={_database}").Options);

    private static DocumentRecord Decision() =>
        new() { Number = "505/QĐ-TTg", Type = "Quyết định", Issuer = "Thủ tướng Chính phủ", Title = "Ngày Chuyển đổi số quốc gia", Locality = "national" };

    [Fact]
    public async Task A_database_from_before_document_texts_keeps_its_documents_and_gains_the_texts_table_and_one_revision_row()
    {
        await using (var before = Db())
        {
            await before.GetService<IMigrator>().MigrateAsync("Shorthand");
            before.Documents.Add(Decision());
            await before.SaveChangesAsync();
        }

        await using var db = Db();
        await db.Database.MigrateAsync();

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: dotnet ef migrations add …");
        Assert.Equal("505/QĐ-TTg", (await db.Documents.SingleAsync()).Number);
        Assert.Empty(await db.DocumentTexts.ToListAsync());
        Assert.Equal(ContentRevisionRecord.SingleId, (await db.ContentRevisions.SingleAsync()).Id);
    }

    [Fact]
    public async Task A_text_belongs_to_a_registered_document_and_goes_with_it()
    {
        await using var db = Db();
        await db.Database.MigrateAsync();
        db.DocumentTexts.Add(new DocumentTextRecord { Number = "1/KH-KHONGCO", Text = "…", Format = "txt", UploadedBy = "x" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.Documents.Add(Decision());
        db.DocumentTexts.Add(new DocumentTextRecord { Number = "505/QĐ-TTg", Text = "Điều 1. Lấy ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia.", Format = "txt", UploadedBy = "x" });
        await db.SaveChangesAsync();
        await db.Documents.ExecuteDeleteAsync();

        Assert.Empty(await db.DocumentTexts.ToListAsync());
    }
}
