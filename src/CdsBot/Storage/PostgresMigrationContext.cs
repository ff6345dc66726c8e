using Microsoft.EntityFrameworkCore;

namespace CdsBot.Storage;

/// <summary>
/// The bot's model on PostgreSQL, owning the migrations in Storage/Migrations/Postgres. Only the migrate step uses it;
/// the bot itself works with <see cref="CdsBotDbContext"/>. Add a migration with:
/// <c>dotnet ef migrations add NAME --project src/CdsBot --context PostgresMigrationContext --output-dir Storage/Migrations/Postgres</c>
/// </summary>
public sealed class PostgresMigrationContext : CdsBotDbContext
{
    public PostgresMigrationContext(DbContextOptions<PostgresMigrationContext> options)
        : base(options)
    {
    }

    /// <summary>For the dotnet ef tool, which needs no real database to add a migration.</summary>
    public PostgresMigrationContext()
        : this(new DbContextOptionsBuilder<PostgresMigrationContext>().UseNpgsql("Host=localhost;Database=design-time").Options)
    {
    }
}
