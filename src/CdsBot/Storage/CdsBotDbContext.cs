using CdsBot.Handoffs;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Storage;

/// <summary>
/// The bot's database.
/// </summary>
/// <remarks>
/// Add a migration with: <c>dotnet ef migrations add NAME --project src/CdsBot --output-dir Storage/Migrations</c>
/// (the tool is pinned in dotnet-tools.json; run <c>dotnet tool restore</c> once).
/// </remarks>
public sealed class CdsBotDbContext(DbContextOptions<CdsBotDbContext> options) : DbContext(options)
{
    public DbSet<StateRecord> States => Set<StateRecord>();

    public DbSet<HandoffRecord> Handoffs => Set<HandoffRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CdsBotDbContext).Assembly);
}
