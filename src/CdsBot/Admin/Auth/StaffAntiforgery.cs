using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;

namespace CdsBot.Admin.Auth;

/// <summary>
/// Cross-site request forgery protection for the staff cookie. Any other app on the same host (another port is the same
/// site, so even a SameSite=Strict cookie rides along) can make a signed-in browser send a form or a bodiless fetch; so
/// every state-changing request authenticated by the cookie must carry the antiforgery token, which only the staff page
/// can read (from /admin/api/auth/me), in the <see cref="HeaderName"/> header. Bearer-token clients send no cookie a
/// browser would attach, and need no token. Only endpoints that require a signed-in user are checked: anonymous ones
/// (sign-in) act on no one's session, and the citizens' chat is not the staff's.
/// </summary>
public static class StaffAntiforgery
{
    public const string HeaderName = "X-CSRF-Token";

    public const string CookieName = "cdsbot.csrf";

    /// <summary>Runs after authorization, so an anonymous caller still gets 401 and the token is checked against the signed-in user.</summary>
    public static IApplicationBuilder UseStaffAntiforgery(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (NeedsToken(http) && !(http.Request.Headers.ContainsKey(HeaderName) && await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http)))
        {
            await Results.Problem(
                title: "Thiếu hoặc sai mã chống giả mạo (antiforgery token).",
                detail: $"Anh/Chị tải lại trang quản trị rồi thử lại. (A cookie-authenticated change needs the antiforgery token from /admin/api/auth/me in the {HeaderName} header; API clients use a bearer token.)",
                statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
            return;
        }

        await next(http);
    });

    /// <summary>The token the staff page sends back with each change; sets the antiforgery cookie it is paired with.</summary>
    public static string TokenFor(HttpContext http) => http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken!;

    private static bool NeedsToken(HttpContext http) =>
        !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsTrace(http.Request.Method))
        && http.User.Identity is { IsAuthenticated: true }
        && !StaffSchemes.IsBearer(http.Request)
        && http.GetEndpoint()?.Metadata is { } endpoint
        && endpoint.GetMetadata<IAuthorizeData>() is not null
        && endpoint.GetMetadata<IAllowAnonymous>() is null;
}
