using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Tests.Fixtures;
using Microsoft.Playwright;

namespace CdsBot.Tests.Admin.Ui;

/// <summary>
/// The campaign form of a deployment serving two Zalo OAs, in real Chromium: staff choose which OA sends. (No message
/// is sent: the Zalo API addresses lead nowhere.)
/// </summary>
#pragma warning disable CA1001 // xunit disposes both through IAsyncLifetime.DisposeAsync.
public sealed class CampaignAccountsUiTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string OaB = "411122233344455566";

    private StaffBot _bot = null!;
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _bot = new StaffBot(new Dictionary<string, string?>
        {
            ["Admin:LoginAttemptsPerMinute"] = "1000",
            ["Zalo:AppId"] = "app-1",
            ["Zalo:OaSecretKey"] = "oa-a-secret",
            ["Zalo:OaId"] = "311122233344455566",
            ["Zalo:Name"] = "Chính quyền số Thái Bình",
            ["Zalo:ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Zalo:OAuthBaseUrl"] = "http://127.0.0.1:9",
            ["Zalo:Accounts:0:OaId"] = OaB,
            ["Zalo:Accounts:0:Name"] = "Công dân số Thái Bình",
            ["Zalo:Accounts:0:OaSecretKey"] = "oa-b-secret",
        });
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _bot.Dispose();
    }

    [Fact]
    public async Task An_editor_chooses_which_OA_sends_and_the_campaign_keeps_the_choice()
    {
        var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = _bot.Anonymous().BaseAddress!.ToString(), Locale = "vi-VN" });
        var editor = await context.NewPageAsync();
        await editor.GotoAsync("/admin/");
        await editor.GetByLabel("Tên đăng nhập").FillAsync("editor");
        await editor.GetByLabel("Mật khẩu").FillAsync(StaffBot.Password);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gửi tin" }).ClickAsync();

        var accounts = editor.GetByRole(AriaRole.Group, new() { Name = "Gửi từ tài khoản (không chọn = mọi tài khoản)" });
        await Assertions.Expect(accounts.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(2);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Dùng mẫu Ngày Chuyển đổi số 10/10" }).ClickAsync();
        await Assertions.Expect(editor.GetByLabel("Nội dung tin (tối đa 1000 ký tự)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("505/QĐ-TTg"));
        await accounts.GetByLabel("Zalo: Công dân số Thái Bình").CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu chiến dịch" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu chiến dịch");

        using var staff = await _bot.AsAsync("editor");
        var saved = (await staff.GetFromJsonAsync<JsonElement>("/admin/api/campaigns"))[0];
        var campaign = await staff.GetFromJsonAsync<JsonElement>($"/admin/api/campaigns/{saved.GetProperty("id").GetInt64()}");
        Assert.Equal([OaB], campaign.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()));

        // Opened again, the form shows the OA chosen and only that one.
        await editor.GetByRole(AriaRole.Button, new() { Name = "Chiến dịch mới" }).ClickAsync();
        await Assertions.Expect(accounts.GetByLabel("Zalo: Công dân số Thái Bình")).Not.ToBeCheckedAsync();
        await editor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ngày Chuyển đổi số quốc gia 10/10" }).GetByRole(AriaRole.Button, new() { Name = "Mở" }).ClickAsync();
        await Assertions.Expect(accounts.GetByLabel("Zalo: Công dân số Thái Bình")).ToBeCheckedAsync();
        await Assertions.Expect(accounts.GetByLabel("Zalo: Chính quyền số Thái Bình")).Not.ToBeCheckedAsync();
    }
}
