namespace CdsBot.Admin.Auth;

/// <summary>The staff authentication scheme: bearer tokens for API clients, the cookie for the web UI.</summary>
public static class StaffSchemes
{
    public const string Staff = "staff";

    /// <summary>The claim carrying the account's security stamp at sign-in (see <see cref="StaffSessionCheck"/>).</summary>
    public const string SecurityStampClaim = "cdsbot:security_stamp";

    /// <summary>A request that names a bearer token is authenticated by it alone; any other by the staff cookie.</summary>
    public static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
