namespace CdsBot.Admin.Auth;

/// <summary>Sign-in attempts from one client address in one minute, counted across every instance.</summary>
public sealed class LoginAttemptRecord
{
    public required string Client { get; set; }

    /// <summary>Unix minutes.</summary>
    public long Minute { get; set; }

    public int Count { get; set; }
}
