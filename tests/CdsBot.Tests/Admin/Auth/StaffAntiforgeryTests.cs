using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CdsBot.Admin.Import;
using CdsBot.Tests.Fixtures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin.Auth;

/// <summary>
/// Cross-site request forgery on the staff workspace (issue 14, item 3). Another app on the same host (another port is
/// the same site, so the SameSite=Strict cookie still rides along) can make a signed-in browser post a text/plain or
/// urlencoded form, or a bodiless fetch, to /admin/api. Such a request carries the staff cookie but not the page's
/// antiforgery token, and must change nothing.
/// </summary>
public sealed class StaffAntiforgeryTests : IClassFixture<StaffAntiforgeryTests.Host>
{
    public sealed class Host : IDisposable
    {
        public StaffBot Bot { get; } = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

        public void Dispose() => Bot.Dispose();
    }

    private readonly StaffBot _bot;

    public StaffAntiforgeryTests(Host host) => _bot = host.Bot;

    /// <summary>What a text/plain form auto-posted by a page on another port sends: the CSV in the field name and value.</summary>
    private static HttpRequestMessage ForgedImport(string itemId, string contentType = "text/plain")
    {
        var csv = CsvTable.Write(ImportExportTests.Sheet(ImportExportTests.Row(itemId, "ky-nang-so", "Câu hỏi do trang lạ gửi?", "Trả lời do trang lạ viết.")));
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/api/items/import?format=csv") { Content = new StringContent(csv, Encoding.UTF8, contentType) };
        request.Headers.Add("Origin", "http://127.0.0.1:8081");
        return request;
    }

    private async Task<HttpStatusCode> ItemStatusAsync(string id)
    {
        using var response = await (await _bot.AsAsync("admin")).GetAsync($"/admin/api/items/{id}");
        return response.StatusCode;
    }

    private async Task<string?> DraftStateAsync(string id) =>
        (await (await _bot.AsAsync("admin")).GetFromJsonAsync<JsonElement>($"/admin/api/items/{id}")).GetProperty("draft").GetProperty("state").GetString();

    [Fact]
    public async Task A_text_plain_form_from_another_port_riding_the_staff_cookie_is_refused_and_writes_nothing()
    {
        var browser = await _bot.SignedInAsync("admin");

        using var forged = await browser.SendAsync(ForgedImport("csrf-text-plain"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("antiforgery", await forged.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, await ItemStatusAsync("csrf-text-plain"));
    }

    [Fact]
    public async Task The_same_browser_imports_with_the_token_from_the_page_and_a_csv_content_type()
    {
        var browser = await _bot.SignedInAsync("editor");
        var token = await StaffBot.AntiforgeryTokenAsync(browser);

        using var wrongType = ForgedImport("csrf-with-token-plain");
        wrongType.Headers.Add("X-CSRF-Token", token);
        using var refused = await browser.SendAsync(wrongType);
        using var rightType = ForgedImport("csrf-with-token-csv", "text/csv");
        rightType.Headers.Add("X-CSRF-Token", token);
        using var imported = await browser.SendAsync(rightType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await ItemStatusAsync("csrf-with-token-plain"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal("editing", await DraftStateAsync("csrf-with-token-csv"));
    }

    [Fact]
    public async Task An_urlencoded_form_cannot_submit_a_draft_without_the_token_but_the_page_can_with_it()
    {
        var editor = await _bot.AsAsync("editor");
        (await editor.PostAsync("/admin/api/items/import?format=csv", new StringContent(
            CsvTable.Write(ImportExportTests.Sheet(ImportExportTests.Row("csrf-submit", "ky-nang-so", "Câu hỏi?", "Trả lời."))), Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var browser = await _bot.SignedInAsync("editor");

        using var forged = await browser.PostAsync("/admin/api/items/csrf-submit/submit", new FormUrlEncodedContent([new("x", "y")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("editing", await DraftStateAsync("csrf-submit"));

        using var fromPage = new HttpRequestMessage(HttpMethod.Post, "/admin/api/items/csrf-submit/submit");
        fromPage.Headers.Add("X-CSRF-Token", await StaffBot.AntiforgeryTokenAsync(browser));
        using var submitted = await browser.SendAsync(fromPage);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("in_review", await DraftStateAsync("csrf-submit"));
    }

    [Fact]
    public async Task A_bearer_token_client_needs_no_antiforgery_token()
    {
        var client = await _bot.AsAsync("editor");

        using var imported = await client.SendAsync(ForgedImport("csrf-bearer", "text/csv"));
        using var submitted = await client.PostAsync("/admin/api/items/csrf-bearer/submit", null);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("in_review", await DraftStateAsync("csrf-bearer"));
    }

    [Fact]
    public async Task Every_state_changing_admin_endpoint_refuses_a_cookie_session_without_the_token()
    {
        var endpoints = _bot.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/admin/api", StringComparison.Ordinal))
            .Where(e => !e.RoutePattern.RawText!.EndsWith("/auth/token", StringComparison.Ordinal) && !e.RoutePattern.RawText!.EndsWith("/auth/login", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Where(m => m != "GET").Select(m => (Method: m, Path: Concrete(e.RoutePattern.RawText!))))
            .ToList();
        Assert.True(endpoints.Count >= 20, $"only {endpoints.Count} state-changing admin endpoints found");
        var browser = await _bot.SignedInAsync("admin");

        foreach (var (method, path) in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
            using var response = await browser.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest && (await response.Content.ReadAsStringAsync()).Contains("antiforgery", StringComparison.OrdinalIgnoreCase),
                $"{method} {path} answered {(int)response.StatusCode} to a cookie session without the token");
        }
    }

    [Fact]
    public async Task The_staff_cookie_is_secure_when_a_proxy_says_the_request_came_over_https()
    {
        using var overHttps = new HttpRequestMessage(HttpMethod.Post, "/admin/api/auth/login") { Content = JsonContent.Create(new { userName = "editor", password = StaffBot.Password }) };
        overHttps.Headers.Add("X-Forwarded-Proto", "https");
        using var behindProxy = await _bot.Anonymous().SendAsync(overHttps);
        using var plain = await _bot.Anonymous().PostAsJsonAsync("/admin/api/auth/login", new { userName = "editor", password = StaffBot.Password });

        Assert.Contains("; secure", StaffCookie(behindProxy), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("; secure", StaffCookie(plain), StringComparison.OrdinalIgnoreCase);
    }

    private static string StaffCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cdsbot.staff=", StringComparison.Ordinal));

    /// <summary>The pattern with its parameters filled: an item id for {id}, 1 for any other.</summary>
    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern.Replace("{id}", "nq57-ngay-ban-hanh", StringComparison.Ordinal), @"\{[^}]+\}", "1");
}
