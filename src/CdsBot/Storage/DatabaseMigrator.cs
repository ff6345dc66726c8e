using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CdsBot.Storage;

/// <summary>
/// Brings the schema up to date with the provider's migrations; on SQLite, also creates the file's folder and switches
/// to write-ahead logging, so readers never wait for a writer.
/// </summary>
/// <remarks>
/// On PostgreSQL the instances starting together take turns: each holds a session advisory lock for its whole
/// migration, and the next finds the schema done. EF Core's own migration lock was not enough: with four instances
/// migrating a new database at once, one failed every time with 42P07 (a table of the second migration "already exists";
/// DatabaseMigratorTests). The lock's connection is not pooled, so a process that dies while holding it ends its session
/// and frees the lock.
/// </remarks>
public static class DatabaseMigrator
{
    /// <summary>Any fixed number other than <see cref="PostgresWriteLock"/>'s, which the migration's own transactions take.</summary>
    private const long MigrationLock = 1130652493;

    public static async Task MigrateAsync(StorageOptions storage, CancellationToken cancellationToken)
    {
        if (!storage.IsPostgres)
        {
            await MigrateCoreAsync(storage, cancellationToken);
            return;
        }

        await using var session = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(storage.ConnectionString) { Pooling = false }.ConnectionString);
        await session.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLock})", session))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        await MigrateCoreAsync(storage, cancellationToken);
    }

    private static async Task MigrateCoreAsync(StorageOptions storage, CancellationToken cancellationToken)
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
