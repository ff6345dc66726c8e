using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Tests.Fixtures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin;

public sealed class AdminAuthTests : IClassFixture<AdminAuthTests.Host>
{
    public sealed class Host : IDisposable
    {
        public StaffBot Bot { get; } = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

        public void Dispose() => Bot.Dispose();
    }

    private readonly StaffBot _bot;

    public AdminAuthTests(Host host) => _bot = host.Bot;

    /// <summary>Every /admin/api route but sign-in, as the host registered it, so a new endpoint cannot be left open.</summary>
    private IEnumerable<(string Method, string Path)> AdminEndpoints() =>
        _bot.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/admin/api", StringComparison.Ordinal))
            .Where(e => !e.RoutePattern.RawText!.EndsWith("/auth/token", StringComparison.Ordinal) && !e.RoutePattern.RawText!.EndsWith("/auth/login", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, Concrete(e.RoutePattern.RawText!))));

    /// <summary>The pattern with its parameters filled: an item id for {id}, 1 for any other ({version:int}, {questionId:long}).</summary>
    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern.Replace("{id}", "nq57-ngay-ban-hanh", StringComparison.Ordinal), @"\{[^}]+\}", "1");

    [Fact]
    public async Task Every_admin_endpoint_rejects_anonymous_calls_with_401()
    {
        var endpoints = AdminEndpoints().ToList();
        Assert.True(endpoints.Count >= 10, $"only {endpoints.Count} admin endpoints found");
        foreach (var (method, path) in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
            using var response = await _bot.Anonymous().SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Publisher_endpoints_reject_an_editor_with_403()
    {
        var editor = await _bot.AsAsync("editor");
        foreach (var path in new[] { "/admin/api/items/nq57-ngay-ban-hanh/approve", "/admin/api/items/nq57-ngay-ban-hanh/unpublish", "/admin/api/items/nq57-ngay-ban-hanh/rollback/1" })
        {
            using var response = await editor.PostAsync(path, null);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_wrong_password_gets_401_and_no_token()
    {
        using var response = await _bot.Anonymous().PostAsJsonAsync("/admin/api/auth/token", new { userName = "editor", password = "sai-mật-khẩu-rồi" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_configured_first_admin_can_sign_in_and_holds_every_role()
    {
        var admin = await _bot.AsAsync("admin");
        var me = await admin.GetFromJsonAsync<JsonElement>("/admin/api/auth/me");
        Assert.Equal("admin", me.GetProperty("userName").GetString());
        Assert.Equal(["editor", "publisher", "admin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_web_ui_signs_in_with_a_cookie()
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = _bot.Anonymous().BaseAddress };
        using var login = await browser.PostAsJsonAsync("/admin/api/auth/login", new { userName = "publisher", password = StaffBot.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        var me = await browser.GetFromJsonAsync<JsonElement>("/admin/api/auth/me");

        Assert.Equal("publisher", me.GetProperty("userName").GetString());
        Assert.Contains("HttpOnly", string.Join(";", login.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_admin_api()
    {
        var document = await _bot.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty("/admin/api/items/{id}/approve", out _));
    }
}
