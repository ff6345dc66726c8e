using CdsBot.Admin.Audit;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Staff;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Users;

/// <summary>Staff accounts, for admins: list, create, change role, disable.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder admin)
    {
        var users = admin.MapGroup("/users").RequireAuthorization(StaffRoles.Admin).WithTags("Staff accounts");
        users.MapGet("/", async (IDbContextFactory<CdsBotDbContext> contexts, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.StaffUsers.AsNoTracking().OrderBy(u => u.UserName).Select(u => new { u.UserName, u.Role, u.Disabled, u.CreatedAt }).ToListAsync(ct);
        }).WithSummary("Staff accounts");
        users.MapPost("/", CreateAsync).WithSummary("Create a staff account");
        users.MapPut("/{userName}", UpdateAsync).WithSummary("Change a staff member's role, or disable the account");
        return admin;
    }

    public static async Task<IResult> CreateAsync(NewStaffUser request, HttpContext http, StaffDirectory staff, IDbContextFactory<CdsBotDbContext> contexts, AuditLog audit, CancellationToken cancellationToken)
    {
        try
        {
            var user = await staff.CreateAsync(request.UserName ?? "", request.Password ?? "", request.Role ?? "", cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            audit.Record(db, StaffPrincipal.Name(http.User), "user.create", user.UserName, new { user.Role });
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(new { user.UserName, user.Role });
        }
        catch (ArgumentException invalid)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["user"] = [invalid.Message] });
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem($"A staff account named '{request.UserName}' exists.", statusCode: StatusCodes.Status409Conflict);
        }
    }

    public static async Task<IResult> UpdateAsync(string userName, StaffUserChange change, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, AuditLog audit, CancellationToken cancellationToken)
    {
        if (change.Role is { } role && !StaffRoles.IsValid(role))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [$"Role must be one of {string.Join(", ", StaffRoles.All)}."] });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        user.Role = change.Role ?? user.Role;
        user.Disabled = change.Disabled ?? user.Disabled;
        audit.Record(db, StaffPrincipal.Name(http.User), "user.update", user.UserName, change);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new { user.UserName, user.Role, user.Disabled });
    }
}

/// <summary>A new staff account.</summary>
public sealed record NewStaffUser(string? UserName, string? Password, string? Role);

/// <summary>A change to a staff account; fields left null stay as they are.</summary>
public sealed record StaffUserChange(string? Role, bool? Disabled);
