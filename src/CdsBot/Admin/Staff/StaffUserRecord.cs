namespace CdsBot.Admin.Staff;

/// <summary>A staff account. Passwords are stored only as ASP.NET Core password-hasher hashes.</summary>
public sealed class StaffUserRecord
{
    public long Id { get; set; }

    public required string UserName { get; set; }

    public required string PasswordHash { get; set; }

    public required string Role { get; set; }

    public bool Disabled { get; set; }

    /// <summary>
    /// Changes whenever the account's standing changes (role, disabled, password). Sessions carry the stamp they were
    /// signed in with, and end when it no longer matches.
    /// </summary>
    public string SecurityStamp { get; set; } = NewStamp();

    /// <summary>Ends every live session of the account.</summary>
    public void RenewSecurityStamp() => SecurityStamp = NewStamp();

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    public DateTimeOffset CreatedAt { get; set; }
}
