namespace CdsBot.Admin.Auth;

/// <summary>The staff workspace (configuration section "Admin").</summary>
public sealed class AdminOptions
{
    /// <summary>With <see cref="InitialPassword"/>: an admin account created at start when there is no staff account yet.</summary>
    public string InitialUser { get; set; } = "";

    public string InitialPassword { get; set; } = "";

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 5;

    public int BearerTokenHours { get; set; } = 8;
}
