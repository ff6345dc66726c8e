using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Admin.Auth;

/// <summary>
/// Staff sessions end with their account (issue 14, item 8): disabling, demoting or a new password ends every live
/// cookie and bearer session at the next request; a session lasts a fixed time from sign-in however busy; and the keys
/// that sign sessions live in the database, so a restart or a second instance honours them.
/// </summary>
public sealed class StaffSessionTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private static async Task<HttpStatusCode> MeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/admin/api/auth/me");
        return response.StatusCode;
    }

    private async Task ChangeAsync(string user, object change) =>
        (await (await _bot.AsAsync("admin")).PutAsJsonAsync($"/admin/api/users/{user}", change)).EnsureSuccessStatusCode();

    [Fact]
    public async Task Disabling_an_account_ends_its_live_cookie_and_token_sessions()
    {
        var browser = await _bot.SignedInAsync("editor2");
        var client = await _bot.AsAsync("editor2");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (await MeAsync(browser), await MeAsync(client)));

        await ChangeAsync("editor2", new { disabled = true });

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (await MeAsync(browser), await MeAsync(client)));
    }

    [Fact]
    public async Task Demoting_a_publisher_ends_their_session_and_the_next_sign_in_carries_the_new_role()
    {
        var browser = await _bot.SignedInAsync("publisher2");
        var client = await _bot.AsAsync("publisher2");

        await ChangeAsync("publisher2", new { role = "editor" });

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (await MeAsync(browser), await MeAsync(client)));
        var again = await _bot.SignedInAsync("publisher2");
        var me = await again.GetFromJsonAsync<JsonElement>("/admin/api/auth/me");
        Assert.Equal(["editor"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_new_password_ends_live_sessions_and_only_the_new_password_signs_in()
    {
        const string newPassword = "một-mật-khẩu-mới-2027";
        var browser = await _bot.SignedInAsync("editor");

        await ChangeAsync("editor", new { password = newPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(browser));
        using var old = await _bot.Anonymous().PostAsJsonAsync("/admin/api/auth/token", new { userName = "editor", password = StaffBot.Password });
        using var current = await _bot.Anonymous().PostAsJsonAsync("/admin/api/auth/token", new { userName = "editor", password = newPassword });
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (old.StatusCode, current.StatusCode));
    }

    [Fact]
    public async Task A_session_ends_eight_hours_after_sign_in_however_active_it_was()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 10, 10, 1, 0, 0, TimeSpan.Zero));
        using var bot = new StaffBot(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" }, services => services.AddSingleton<TimeProvider>(time));
        var browser = await bot.SignedInAsync("editor");

        time.Advance(TimeSpan.FromHours(5));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(browser));
        time.Advance(TimeSpan.FromHours(2.9));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(browser));
        time.Advance(TimeSpan.FromHours(0.2));

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(browser));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task The_keys_that_sign_sessions_are_kept_in_the_database_so_another_instance_honours_a_session(string provider)
    {
        using var database = TestDatabase.Create(provider);
        using var bot = new StaffBot(database: database);
        var browser = await bot.SignedInAsync("editor");
        using var second = new BotHost(database);

        var contexts = bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var keys = await db.Database.SqlQueryRaw<long>("""SELECT COUNT(*) AS "Value" FROM data_protection_keys""").SingleAsync();
            Assert.True(keys >= 1, "no data protection key in the database");
        }

        using var onSecond = await browser.GetAsync(new Uri(second.CreateClient().BaseAddress!, "/admin/api/auth/me"));
        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Equal("editor", (await onSecond.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString());
    }
}
