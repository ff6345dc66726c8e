using System.Net;
using System.Net.Http.Json;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Admin;

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
}
