using CdsBot.Admin.Staff;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CdsBot.Admin.Auth;

/// <summary>Sign-in for staff: a bearer token for API clients, a cookie for the web UI. Both are rate-limited.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder admin)
    {
        var auth = admin.MapGroup("/auth").AllowAnonymous().AddEndpointFilter(LoginAttempts.FilterAsync).WithTags("Auth");
        auth.MapPost("/token", TokenAsync).WithSummary("Exchange a user name and password for a bearer token");
        auth.MapPost("/login", LoginAsync).WithSummary("Sign in to the web UI (sets the staff cookie)");
        admin.MapPost("/auth/logout", () => TypedResults.SignOut(authenticationSchemes: [CookieAuthenticationDefaults.AuthenticationScheme]))
            .WithTags("Auth").WithSummary("Sign out of the web UI");
        admin.MapGet("/auth/me", (HttpContext http) => TypedResults.Ok(new
        {
            userName = StaffPrincipal.Name(http.User),
            roles = StaffRoles.All.Where(http.User.IsInRole),
            antiforgeryToken = StaffAntiforgery.TokenFor(http),
        })).WithTags("Auth").WithSummary($"Who is signed in, and the antiforgery token the web UI sends back in {StaffAntiforgery.HeaderName} with each change");
        return admin;
    }

    public static async Task<Results<SignInHttpResult, UnauthorizedHttpResult>> TokenAsync(SignInRequest request, StaffDirectory staff, CancellationToken cancellationToken) =>
        await staff.VerifyAsync(request.UserName ?? "", request.Password ?? "", cancellationToken) is { } user
            ? TypedResults.SignIn(StaffPrincipal.For(user, BearerTokenDefaults.AuthenticationScheme), authenticationScheme: BearerTokenDefaults.AuthenticationScheme)
            : TypedResults.Unauthorized();

    public static async Task<Results<SignInHttpResult, UnauthorizedHttpResult>> LoginAsync(SignInRequest request, StaffDirectory staff, CancellationToken cancellationToken) =>
        await staff.VerifyAsync(request.UserName ?? "", request.Password ?? "", cancellationToken) is { } user
            ? TypedResults.SignIn(StaffPrincipal.For(user, CookieAuthenticationDefaults.AuthenticationScheme), authenticationScheme: CookieAuthenticationDefaults.AuthenticationScheme)
            : TypedResults.Unauthorized();
}

/// <summary>A sign-in: user name and password.</summary>
public sealed record SignInRequest(string? UserName, string? Password);
