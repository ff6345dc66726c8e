using CdsBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Extensions;

public static class StorageExtensions
{
    internal static void AddStorage(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        storage.Provider = storage.Provider.Trim().ToLowerInvariant() switch
        {
            "" or StorageProvider.Sqlite => StorageProvider.Sqlite,
            StorageProvider.Postgres or "postgresql" => StorageProvider.Postgres,
            _ => throw new InvalidOperationException($"Storage:Provider is '{storage.Provider}'; use '{StorageProvider.Sqlite}' (the default) or '{StorageProvider.Postgres}'."),
        };
        if (string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            storage.ConnectionString = builder.Configuration.GetConnectionString("CdsBot") is { Length: > 0 } named ? named
                : storage.IsPostgres ? throw new InvalidOperationException("Storage:Provider is postgres but no connection string is set: set Storage:ConnectionString (Storage__ConnectionString) or ConnectionStrings:CdsBot (ConnectionStrings__CdsBot), e.g. Host=db;Database=cdsbot;Username=cdsbot;Password=….")
                : DefaultConnectionString(builder.Environment);
        }

        builder.Services.AddSingleton(storage);
        // Pooled: a context is reset and reused instead of built (with its services) for every small unit of work.
        builder.Services.AddPooledDbContextFactory<CdsBotDbContext>(storage.Configure);
        builder.Services.AddSingleton<GroupCommit>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    /// <summary>Brings the schema up to date before the first request (<see cref="DatabaseMigrator"/>).</summary>
    public static Task MigrateDatabaseAsync(this WebApplication app) =>
        DatabaseMigrator.MigrateAsync(app.Services.GetRequiredService<StorageOptions>(), CancellationToken.None);

    private static string DefaultConnectionString(IWebHostEnvironment environment) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, "data", "cdsbot.db") }.ToString();
}
