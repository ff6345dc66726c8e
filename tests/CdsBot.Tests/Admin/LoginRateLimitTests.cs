using System.Net;
using System.Net.Http.Json;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Admin;

/// <summary>Sign-in attempts are limited per client address and minute, however many instances share the database.</summary>
public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task Repeated_sign_in_attempts_are_refused_with_429()
    {
        using var bot = new StaffBot(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "3" });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await bot.Anonymous().PostAsJsonAsync("/admin/api/auth/token", new { userName = "editor", password = "đoán-mò-mật-khẩu" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Attempts_spread_over_two_instances_count_together(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var settings = new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "3" };
        // One stopped clock for both, mid-minute: the five attempts fall in one minute however slow the machine.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 10, 1, 0, 30, TimeSpan.Zero));
        using var bot = new StaffBot(settings, s => s.AddSingleton<TimeProvider>(clock), database);
        using var second = new BotHost(database, settings: settings, services: s => s.AddSingleton<TimeProvider>(clock));
        var statuses = new List<HttpStatusCode>();
        foreach (var host in new[] { bot.Host, second, bot.Host, second, bot.Host })
        {
            using var response = await host.CreateClient().PostAsJsonAsync("/admin/api/auth/token", new { userName = "editor", password = "đoán-mò-mật-khẩu" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
