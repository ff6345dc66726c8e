using System.Security.Claims;
using CdsBot.Admin.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CdsBot.Admin.Auth;

/// <summary>
/// Ends a staff session, cookie or bearer token, whose account changed since it signed in: disabled, given another role
/// or a new password (each renews the account's security stamp). Checked on every authenticated request, one indexed
/// read, so a change takes effect at the caller's next request on every instance.
/// </summary>
public static partial class StaffSessionCheck
{
    public static IApplicationBuilder UseStaffSessionCheck(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.Identity is { IsAuthenticated: true } identity && !await StandsAsync(http, http.User))
        {
            Log.SessionEnded(http.RequestServices.GetRequiredService<ILogger<StaffDirectory>>(), identity.Name ?? "unknown");
            if (!StaffSchemes.IsBearer(http.Request))
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }

            http.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(http);
    });

    private static Task<bool> StandsAsync(HttpContext http, ClaimsPrincipal user) =>
        user.Identity?.Name is { } name && user.FindFirst(StaffSchemes.SecurityStampClaim)?.Value is { } stamp
            ? http.RequestServices.GetRequiredService<StaffDirectory>().IsCurrentAsync(name, stamp, http.RequestAborted)
            : Task.FromResult(false);

    private static partial class Log
    {
        [LoggerMessage(LogLevel.Information, "The staff session of '{User}' ended: the account was disabled or changed since it signed in")]
        public static partial void SessionEnded(ILogger logger, string user);
    }
}
