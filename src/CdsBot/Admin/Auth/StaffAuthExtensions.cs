using System.Threading.RateLimiting;
using CdsBot.Admin.Staff;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CdsBot.Admin.Auth;

internal static class StaffAuthExtensions
{
    public static void AddStaffAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection("Admin").Get<AdminOptions>() ?? new AdminOptions();
        services.Configure<AdminOptions>(builder.Configuration.GetSection("Admin"));
        services.AddSingleton<IPasswordHasher<StaffUserRecord>, PasswordHasher<StaffUserRecord>>();
        services.AddSingleton<StaffDirectory>();

        services.AddAuthentication(StaffSchemes.Staff)
            .AddPolicyScheme(StaffSchemes.Staff, "Staff", scheme => scheme.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddBearerToken(bearer => bearer.BearerTokenExpiration = TimeSpan.FromHours(options.BearerTokenHours))
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "cdsbot.staff";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.LoginPath = "/admin/login";
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(options.BearerTokenHours);
                // An API call is answered with a status, not redirected to the login page.
                cookie.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.Editor, policy => policy.RequireRole(StaffRoles.Editor))
            .AddPolicy(StaffRoles.Publisher, policy => policy.RequireRole(StaffRoles.Publisher))
            .AddPolicy(StaffRoles.Admin, policy => policy.RequireRole(StaffRoles.Admin));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(StaffSchemes.LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    /// <summary>Creates the configured first admin when there is no staff account yet.</summary>
    public static async Task EnsureInitialAdminAsync(this WebApplication app)
    {
        var admin = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AdminOptions>>().Value;
        var staff = app.Services.GetRequiredService<StaffDirectory>();
        if (admin.InitialUser.Length > 0 && admin.InitialPassword.Length > 0 && !await staff.AnyAsync(CancellationToken.None))
        {
            await staff.CreateAsync(admin.InitialUser, admin.InitialPassword, StaffRoles.Admin, CancellationToken.None);
            app.Logger.LogInformation("Created the first admin account '{User}' from configuration", admin.InitialUser);
        }
    }

    private static Task Status(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
