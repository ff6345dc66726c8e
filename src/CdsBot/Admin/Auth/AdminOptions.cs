namespace CdsBot.Admin.Auth;

/// <summary>The staff workspace (configuration section "Admin").</summary>
public sealed class AdminOptions
{
    /// <summary>With <see cref="InitialPassword"/>: an admin account created at start when there is no staff account yet.</summary>
    public string InitialUser { get; set; } = "";

    public string InitialPassword { get; set; } = "";

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 5;

    /// <summary>How long a bearer token is valid after it was issued.</summary>
    public int BearerTokenHours { get; set; } = 8;

    /// <summary>How long a web UI sign-in lasts, from sign-in, however active (the cookie's expiry does not slide).</summary>
    public int SessionHours { get; set; } = 8;
}
