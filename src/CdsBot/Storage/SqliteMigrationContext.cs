using Microsoft.EntityFrameworkCore;

namespace CdsBot.Storage;

/// <summary>
/// The bot's model on SQLite, owning the migrations in Storage/Migrations/Sqlite. Only the migrate step uses it; the
/// bot itself works with <see cref="CdsBotDbContext"/>. Add a migration with:
/// <c>dotnet ef migrations add NAME --project src/CdsBot --context SqliteMigrationContext --output-dir Storage/Migrations/Sqlite</c>
/// (see https://learn.microsoft.com/ef/core/managing-schemas/migrations/providers).
/// </summary>
public sealed class SqliteMigrationContext : CdsBotDbContext
{
    public SqliteMigrationContext(DbContextOptions<SqliteMigrationContext> options)
        : base(options)
    {
    }

    /// <summary>For the dotnet ef tool, which needs no real database to add a migration.</summary>
    public SqliteMigrationContext()
        : this(new DbContextOptionsBuilder<SqliteMigrationContext>().UseSqlite("Data Source=design-time.db").Options)
    {
    }
}
