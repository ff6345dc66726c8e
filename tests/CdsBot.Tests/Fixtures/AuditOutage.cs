using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// Makes writing one audit action fail inside the database (a trigger that aborts the insert), to show what a workflow
/// step leaves behind when its last write fails: in one transaction, nothing. Disposing removes the trigger.
/// </summary>
public sealed class AuditOutage : IAsyncDisposable
{
    private readonly IDbContextFactory<CdsBotDbContext> _contexts;

    private AuditOutage(IDbContextFactory<CdsBotDbContext> contexts) => _contexts = contexts;

    public static async Task<AuditOutage> ForAsync(IServiceProvider services, string action)
    {
        var outage = new AuditOutage(services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>());
        await using var db = await outage._contexts.CreateDbContextAsync();
        await db.Database.ExecuteSqlAsync($"DROP TRIGGER IF EXISTS audit_outage");
        // SQLite takes no parameters in a trigger's body; the action is the test's own constant.
        var sql = "CREATE TRIGGER audit_outage BEFORE INSERT ON audit_log WHEN NEW.Action = '" + action.Replace("'", "''", StringComparison.Ordinal) +
            "' BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END";
        await db.Database.ExecuteSqlRawAsync(sql);
        return outage;
    }

    public async ValueTask DisposeAsync()
    {
        await using var db = await _contexts.CreateDbContextAsync();
        await db.Database.ExecuteSqlAsync($"DROP TRIGGER IF EXISTS audit_outage");
    }
}
