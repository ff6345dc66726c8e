using CdsBot.Admin.Audit;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Staff;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Users;

/// <summary>Staff accounts, for admins: list, create, change role, disable, set a new password.</summary>
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
        users.MapPut("/{userName}", UpdateAsync).WithSummary("Change a staff member's role, disable the account or set a new password; ends their live sessions");

        // Any staff member may read this: the page warns when nobody but the writer could approve anything.
        admin.MapGet("/staff-summary", async (IDbContextFactory<CdsBotDbContext> contexts, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var roles = await db.StaffUsers.AsNoTracking().Where(u => !u.Disabled).Select(u => u.Role).ToListAsync(ct);
            return new { accounts = roles.Count, publishers = roles.Count(r => StaffRoles.Granted(r).Contains(StaffRoles.Publisher)) };
        }).WithTags("Staff accounts").WithSummary("How many active staff accounts there are, and how many can approve (publish needs a second person)");
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
        catch (InvalidStaffAccountException invalid)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [invalid.Field] = [invalid.Message] });
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem($"Đã có tài khoản cán bộ tên '{request.UserName}'.", statusCode: StatusCodes.Status409Conflict);
        }
    }

    /// <summary>Any change ends the account's live sessions (its security stamp is renewed); the staff member signs in again.</summary>
    public static async Task<IResult> UpdateAsync(string userName, StaffUserChange change, HttpContext http, StaffDirectory staff, AuditLog audit, CancellationToken cancellationToken)
    {
        try
        {
            var actor = StaffPrincipal.Name(http.User);
            var user = await staff.UpdateAsync(userName, change.Role, change.Disabled, change.Password, db =>
                audit.Record(db, actor, "user.update", userName, new { change.Role, change.Disabled, passwordChanged = change.Password is not null }), cancellationToken);
            return user is null ? TypedResults.NotFound() : TypedResults.Ok(new { user.UserName, user.Role, user.Disabled });
        }
        catch (InvalidStaffAccountException invalid)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [invalid.Field] = [invalid.Message] });
        }
    }
}

/// <summary>A new staff account.</summary>
public sealed record NewStaffUser(string? UserName, string? Password, string? Role);

/// <summary>A change to a staff account: a role, disabled or not, a new password; fields left null stay as they are.</summary>
public sealed record StaffUserChange(string? Role, bool? Disabled, string? Password);
