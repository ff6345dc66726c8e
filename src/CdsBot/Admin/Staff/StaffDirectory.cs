using CdsBot.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Staff;

/// <summary>Creates staff accounts and checks their passwords.</summary>
public sealed class StaffDirectory(IDbContextFactory<CdsBotDbContext> contexts, IPasswordHasher<StaffUserRecord> hasher, TimeProvider time)
{
    public const int MinimumPasswordLength = 10;

    public async Task<StaffUserRecord> CreateAsync(string userName, string password, string role, CancellationToken cancellationToken)
    {
        if (!StaffRoles.IsValid(role))
        {
            throw new ArgumentException($"Role must be one of {string.Join(", ", StaffRoles.All)}.", nameof(role));
        }

        if (string.IsNullOrWhiteSpace(userName) || password.Length < MinimumPasswordLength)
        {
            throw new ArgumentException($"A user name and a password of at least {MinimumPasswordLength} characters are required.");
        }

        var user = new StaffUserRecord { UserName = userName.Trim().ToLowerInvariant(), PasswordHash = "", Role = role, CreatedAt = time.GetUtcNow() };
        user.PasswordHash = hasher.HashPassword(user, password);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.StaffUsers.Add(user);
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

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StaffUsers.AnyAsync(cancellationToken);
    }
}
