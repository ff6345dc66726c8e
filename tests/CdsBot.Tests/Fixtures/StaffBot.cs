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

    public StaffBot(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Admin:InitialUser"] = "admin",
            ["Admin:InitialPassword"] = Password,
        };
        Host = new BotHost(settings: all);
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

    public void Dispose() => Host.Dispose();
}
