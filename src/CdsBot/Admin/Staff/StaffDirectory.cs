using CdsBot.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Staff;

/// <summary>Creates and changes staff accounts, checks their passwords, and says whether a session still stands.</summary>
public sealed class StaffDirectory(IDbContextFactory<CdsBotDbContext> contexts, IPasswordHasher<StaffUserRecord> hasher, TimeProvider time)
{
    /// <exception cref="InvalidStaffAccountException">The user name, role or password is not acceptable.</exception>
    public async Task<StaffUserRecord> CreateAsync(string userName, string password, string role, CancellationToken cancellationToken)
    {
        CheckRole(role);
        if (string.IsNullOrWhiteSpace(userName))
        {
            throw new InvalidStaffAccountException("userName", "Tên đăng nhập là bắt buộc. (A user name is required.)");
        }

        CheckPassword(password);
        var user = new StaffUserRecord { UserName = userName.Trim().ToLowerInvariant(), PasswordHash = "", Role = role, CreatedAt = time.GetUtcNow() };
        user.PasswordHash = hasher.HashPassword(user, password);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.StaffUsers.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>
    /// Changes the role, disables or enables the account, or sets a new password (fields left null stay as they are). Any
    /// change renews the security stamp, which ends the account's live sessions. Null when there is no such account.
    /// </summary>
    /// <param name="unitOfWork">Saves the change with whatever the caller added to the same context (its audit entry).</param>
    /// <exception cref="InvalidStaffAccountException">The role or password is not acceptable.</exception>
    public async Task<StaffUserRecord?> UpdateAsync(
        string userName, string? role, bool? disabled, string? password, Action<CdsBotDbContext> unitOfWork, CancellationToken cancellationToken)
    {
        if (role is not null)
        {
            CheckRole(role);
        }

        if (password is not null)
        {
            CheckPassword(password);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = userName.Trim().ToLowerInvariant();
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.UserName == name, cancellationToken);
        if (user is null)
        {
            return null;
        }

        user.Role = role ?? user.Role;
        user.Disabled = disabled ?? user.Disabled;
        if (password is not null)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        user.RenewSecurityStamp();
        unitOfWork(db);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>The account, when the password is right and the account active; null otherwise.</summary>
    public async Task<StaffUserRecord?> VerifyAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = userName.Trim().ToLowerInvariant();
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.UserName == name, cancellationToken);
        if (user is null || user.Disabled)
        {
            // Hash anyway, so a wrong user name takes as long as a wrong password.
            hasher.HashPassword(new StaffUserRecord { UserName = name, PasswordHash = "", Role = StaffRoles.Editor }, password);
            return null;
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
            await db.SaveChangesAsync(cancellationToken);
        }

        return result == PasswordVerificationResult.Failed ? null : user;
    }

    /// <summary>Whether a session signed in as <paramref name="userName"/> with <paramref name="securityStamp"/> still stands.</summary>
    public async Task<bool> IsCurrentAsync(string userName, string securityStamp, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StaffUsers.AnyAsync(u => u.UserName == userName && !u.Disabled && u.SecurityStamp == securityStamp, cancellationToken);
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StaffUsers.AnyAsync(cancellationToken);
    }

    private static void CheckRole(string role)
    {
        if (!StaffRoles.IsValid(role))
        {
            throw new InvalidStaffAccountException("role", $"Vai trò phải là một trong: {string.Join(", ", StaffRoles.All)}. (Role must be one of {string.Join(", ", StaffRoles.All)}.)");
        }
    }

    private static void CheckPassword(string password)
    {
        if (StaffPasswordRule.Problem(password) is { } problem)
        {
            throw new InvalidStaffAccountException("password", problem);
        }
    }
}
