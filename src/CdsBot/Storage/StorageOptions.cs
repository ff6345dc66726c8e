using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Storage;

/// <summary>The database (configuration section "Storage").</summary>
public sealed class StorageOptions
{
    /// <summary><see cref="StorageProvider.Sqlite"/> (default) or <see cref="StorageProvider.Postgres"/>.</summary>
    public string Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The provider's connection string; empty means <c>ConnectionStrings:CdsBot</c>, and for SQLite then
    /// data/cdsbot.db under the content root.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    public bool IsPostgres => Provider == StorageProvider.Postgres;

    /// <summary>Points <paramref name="builder"/> at this database, with the provider's own settings.</summary>
    public DbContextOptionsBuilder<TContext> Configure<TContext>(DbContextOptionsBuilder<TContext> builder)
        where TContext : DbContext
    {
        Configure((DbContextOptionsBuilder)builder);
        return builder;
    }

    /// <inheritdoc cref="Configure{TContext}"/>
    public void Configure(DbContextOptionsBuilder builder)
    {
        if (IsPostgres)
        {
            builder.UseNpgsql(ConnectionString).AddInterceptors(new PostgresWriteLock(), new DbCommandCounter());
        }
        else
        {
            builder.UseSqlite(ConnectionString).AddInterceptors(new SqlitePragmas(), new SqliteWriteGate(new SqliteConnectionStringBuilder(ConnectionString).DataSource), new DbCommandCounter());
        }
    }

    /// <summary>A context that owns this provider's migrations (each provider has its own, from the one model).</summary>
    public CdsBotDbContext CreateMigrationContext() => IsPostgres
        ? new PostgresMigrationContext(Configure(new DbContextOptionsBuilder<PostgresMigrationContext>()).Options)
        : new SqliteMigrationContext(Configure(new DbContextOptionsBuilder<SqliteMigrationContext>()).Options);
}
