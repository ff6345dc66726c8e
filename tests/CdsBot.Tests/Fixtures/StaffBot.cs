using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Admin.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Fixtures;

/// <summary>The bot with staff accounts: an admin from configuration, and editors and publishers made for the test.</summary>
public sealed class StaffBot : IDisposable
{
    public const string Password = "mật-khẩu-đủ-dài-2026";

    /// <param name="services">Replaces registrations after the host's own (e.g. a fake clock).</param>
    /// <param name="database">The database, kept by the caller; a SQLite file of the host's own when null.</param>
    public StaffBot(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, TestDatabase? database = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Admin:InitialUser"] = "admin",
            ["Admin:InitialPassword"] = Password,
        };
        Host = new BotHost(database, settings: all, services: services);
        var staff = Host.Services.GetRequiredService<StaffDirectory>();
        foreach (var (name, role) in new[] { ("editor", StaffRoles.Editor), ("editor2", StaffRoles.Editor), ("publisher", StaffRoles.Publisher), ("publisher2", StaffRoles.Publisher) })
        {
            staff.CreateAsync(name, Password, role, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public BotHost Host { get; }

    public HttpClient Anonymous() => Host.CreateClient();

    /// <summary>A client carrying <paramref name="user"/>'s bearer token.</summary>
    public async Task<HttpClient> AsAsync(string user)
    {
        var http = Host.CreateClient();
        using var response = await http.PostAsJsonAsync("/admin/api/auth/token", new { userName = user, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>
    /// A browser-like client signed in to the web UI as <paramref name="user"/>: it keeps the staff cookie and sends it
    /// back, as a browser does, but carries no antiforgery token unless the test adds one.
    /// </summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = Host.CreateClient().BaseAddress };
        using var login = await browser.PostAsJsonAsync("/admin/api/auth/login", new { userName = user, password = Password });
        login.EnsureSuccessStatusCode();
        return browser;
    }

    /// <summary>The antiforgery token the staff page reads for a signed-in <paramref name="browser"/> (from /admin/api/auth/me).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient browser) =>
        (await browser.GetFromJsonAsync<JsonElement>("/admin/api/auth/me")).GetProperty("antiforgeryToken").GetString()!;

    public void Dispose() => Host.Dispose();
}
