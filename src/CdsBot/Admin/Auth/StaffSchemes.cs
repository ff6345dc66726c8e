namespace CdsBot.Admin.Auth;

/// <summary>The staff authentication scheme: bearer tokens for API clients, the cookie for the web UI.</summary>
public static class StaffSchemes
{
    public const string Staff = "staff";

    public const string LoginRateLimit = "staff-login";
}
