namespace CdsBot.Admin.Staff;

/// <summary>A staff account. Passwords are stored only as ASP.NET Core password-hasher hashes.</summary>
public sealed class StaffUserRecord
{
    public long Id { get; set; }

    public required string UserName { get; set; }

    public required string PasswordHash { get; set; }

    public required string Role { get; set; }

    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
