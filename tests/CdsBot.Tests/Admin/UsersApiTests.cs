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

    [Theory]
    [InlineData("1234567890")]
    [InlineData("qwertyuiop")]
    [InlineData("Password123")]
    [InlineData("matkhau123")]
    [InlineData("ANHYEUEM123")]
    public async Task A_common_password_is_refused_with_a_reason_in_Vietnamese_and_English(string password)
    {
        var admin = await _bot.AsAsync("admin");

        using var weak = await admin.PostAsJsonAsync("/admin/api/users", new { userName = "yeu", password, role = "editor" });

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var message = (await weak.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors").GetProperty("password")[0].GetString();
        Assert.Contains("quá phổ biến", message, StringComparison.Ordinal);
        Assert.Contains("too common", message, StringComparison.Ordinal);
        using var token = await _bot.Anonymous().PostAsJsonAsync("/admin/api/auth/token", new { userName = "yeu", password });
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    [Fact]
    public async Task A_new_password_set_by_an_admin_follows_the_same_rule()
    {
        var admin = await _bot.AsAsync("admin");

        using var weak = await admin.PutAsJsonAsync("/admin/api/users/editor", new { password = "1234567890" });

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.NotNull(await _bot.AsAsync("editor"));
    }
}
