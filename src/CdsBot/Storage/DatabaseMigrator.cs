using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Storage;

/// <summary>
/// Brings the schema up to date with the provider's migrations; on SQLite, also creates the file's folder and switches
/// to write-ahead logging, so readers never wait for a writer.
/// </summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(StorageOptions storage, CancellationToken cancellationToken)
    {
        await using var db = storage.CreateMigrationContext();
        if (db.Database.GetDbConnection() is SqliteConnection { DataSource: { Length: > 0 } file } && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (!storage.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
