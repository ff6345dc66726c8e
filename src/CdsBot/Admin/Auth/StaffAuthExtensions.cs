using CdsBot.Admin.Staff;
using CdsBot.Storage;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

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

        // The key ring that signs staff cookies, bearer tokens and antiforgery tokens lives in the database, so a restart
        // keeps everyone signed in and every instance on the same database honours every other's sessions. The fixed
        // application name lets instances installed in different folders share it.
        services.AddDataProtection().SetApplicationName("CdsBot").PersistKeysToDbContext<CdsBotDbContext>();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = StaffAntiforgery.HeaderName;
            antiforgery.Cookie.Name = StaffAntiforgery.CookieName;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthentication(StaffSchemes.Staff)
            .AddPolicyScheme(StaffSchemes.Staff, "Staff", scheme => scheme.ForwardDefaultSelector = http =>
                StaffSchemes.IsBearer(http.Request) ? BearerTokenDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddBearerToken(bearer => bearer.BearerTokenExpiration = TimeSpan.FromHours(options.BearerTokenHours))
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "cdsbot.staff";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the request came over HTTPS, as seen directly or as a trusted proxy reports it (ProxyExtensions).
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/admin/login";
                // An absolute lifetime: a session ends SessionHours after sign-in however active, so a stolen cookie
                // cannot be kept alive by use. Account changes end it sooner (StaffSessionCheck).
                cookie.SlidingExpiration = false;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(options.SessionHours);
                // An API call is answered with a status, not redirected to the login page.
                cookie.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.Editor, policy => policy.RequireRole(StaffRoles.Editor))
            .AddPolicy(StaffRoles.Publisher, policy => policy.RequireRole(StaffRoles.Publisher))
            .AddPolicy(StaffRoles.Admin, policy => policy.RequireRole(StaffRoles.Admin));

        services.AddSingleton<LoginAttempts>();
    }

    /// <summary>Creates the configured first admin when there is no staff account yet.</summary>
    public static async Task EnsureInitialAdminAsync(this WebApplication app)
    {
        var admin = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AdminOptions>>().Value;
        var staff = app.Services.GetRequiredService<StaffDirectory>();
        if (admin.InitialUser.Length > 0 && admin.InitialPassword.Length > 0 && !await staff.AnyAsync(CancellationToken.None))
        {
            try
            {
                await staff.CreateAsync(admin.InitialUser, admin.InitialPassword, StaffRoles.Admin, CancellationToken.None);
            }
            catch (InvalidStaffAccountException refused)
            {
                throw new InvalidOperationException($"Admin:InitialUser/Admin:InitialPassword were refused ({refused.Field}): {refused.Message} Set a stronger Admin__InitialPassword.", refused);
            }
            catch (DbUpdateException taken) when (UniqueViolation.Caused(taken))
            {
                // Instances started together: another one created it between the check and the insert.
                return;
            }

            app.Logger.LogInformation("Created the first admin account '{User}' from configuration", admin.InitialUser);
        }
    }

    private static Task Status(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
