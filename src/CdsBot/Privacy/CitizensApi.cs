using CdsBot.Admin.Audit;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Staff;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Privacy;

/// <summary>
/// /admin/api/citizens: on a citizen's request made outside the chat (in writing, at the office), a publisher sees what
/// is kept about a channel identity and erases it. Both are audited under a pseudonym, so the log names no one.
/// </summary>
public static class CitizensApi
{
    public static RouteGroupBuilder MapCitizensApi(this RouteGroupBuilder admin)
    {
        var citizens = admin.MapGroup("/citizens").WithTags("Citizens' data").RequireAuthorization(StaffRoles.Publisher);
        citizens.MapGet("/{channel}/{userId}", async (string channel, string userId, HttpContext http, CitizenErasure erasure, IDbContextFactory<CdsBotDbContext> contexts, AuditLog audit, CancellationToken ct) =>
            {
                var who = await erasure.IdentifyAsync(channel, userId, null, ct);
                var summary = await erasure.DescribeAsync(who, ct);
                await RecordAsync(contexts, audit, StaffPrincipal.Name(http.User), "citizen.view", who, ct);
                return Results.Ok(summary);
            })
            .WithSummary("What is kept about a citizen (a channel identity), by kind; audited");
        citizens.MapPost("/{channel}/{userId}/erase", async (string channel, string userId, HttpContext http, CitizenErasure erasure, IDbContextFactory<CdsBotDbContext> contexts, AuditLog audit, CancellationToken ct) =>
            {
                var who = await erasure.IdentifyAsync(channel, userId, null, ct);
                var rows = await erasure.EraseAsync(who, ct);
                await RecordAsync(contexts, audit, StaffPrincipal.Name(http.User), "citizen.erase", who, ct, new { rows });
                return Results.Ok(new { rows, citizen = who.Pseudonym });
            })
            .WithSummary("Erase everything tied to a citizen (a channel identity) on their request; audited under a pseudonym");
        return admin;
    }

    private static async Task RecordAsync(IDbContextFactory<CdsBotDbContext> contexts, AuditLog audit, string actor, string action, CitizenIdentity who, CancellationToken cancellationToken, object? details = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        audit.Record(db, actor, action, who.Pseudonym, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
