using System.Security.Claims;
using CdsBot.Admin.Staff;

namespace CdsBot.Admin.Auth;

/// <summary>Builds the signed-in identity of a staff member: their name, every role their role includes, and their account's security stamp.</summary>
public static class StaffPrincipal
{
    public static ClaimsPrincipal For(StaffUserRecord user, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(StaffSchemes.SecurityStampClaim, user.SecurityStamp),
                .. StaffRoles.Granted(user.Role).Select(r => new Claim(ClaimTypes.Role, r)),
            ],
            scheme));

    public static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
