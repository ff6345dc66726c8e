using System.Net;
using System.Net.Http.Json;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Admin;

public sealed class UsersApiTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task An_admin_creates_a_staff_account_that_can_then_sign_in()
    {
        var admin = await _bot.AsAsync("admin");

        using var created = await admin.PostAsJsonAsync("/admin/api/users", new { userName = "hoa", password = StaffBot.Password, role = "editor" });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.NotNull(await _bot.AsAsync("hoa"));
    }

    [Fact]
    public async Task A_disabled_account_can_no_longer_sign_in()
    {
        var admin = await _bot.AsAsync("admin");
        (await admin.PutAsJsonAsync("/admin/api/users/editor2", new { disabled = true })).EnsureSuccessStatusCode();

        using var token = await _bot.Anonymous().PostAsJsonAsync("/admin/api/auth/token", new { userName = "editor2", password = StaffBot.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    [Fact]
    public async Task Only_admins_manage_accounts_and_short_passwords_are_refused()
    {
        var publisher = await _bot.AsAsync("publisher");
        Assert.Equal(HttpStatusCode.Forbidden, (await publisher.GetAsync("/admin/api/users")).StatusCode);

        var admin = await _bot.AsAsync("admin");
        using var weak = await admin.PostAsJsonAsync("/admin/api/users", new { userName = "yeu", password = "123", role = "editor" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
    }
}
