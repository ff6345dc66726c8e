using CdsBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Extensions;

public static class StorageExtensions
{
    internal static void AddStorage(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["Storage:ConnectionString"];
        var connectionString = string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString(builder.Environment) : configured;
        builder.Services.AddDbContextFactory<CdsBotDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    /// <summary>Brings the schema up to date and switches SQLite to write-ahead logging, so readers never wait for a writer.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        if (db.Database.GetDbConnection() is SqliteConnection { DataSource: { Length: > 0 } file } && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    private static string DefaultConnectionString(IWebHostEnvironment environment) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(environment.ContentRootPath, "data", "cdsbot.db") }.ToString();
}
