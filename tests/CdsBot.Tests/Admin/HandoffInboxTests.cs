using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Admin.Handoffs;
using CdsBot.Admin.Staff;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin;

public sealed class HandoffInboxTests
{
    [Fact]
    public async Task Staff_reply_through_the_citizens_channel_and_the_bot_resumes_after_closing()
    {
        await using var standIn = new ZaloStandIn(ZaloBot.AppId);
        var settings = ZaloBot.Settings(standIn);
        settings["Admin:LoginAttemptsPerMinute"] = "1000";
        using var host = new BotHost(settings: settings);
        await host.Services.GetRequiredService<StaffDirectory>().CreateAsync("canbo", StaffBot.Password, StaffRoles.Editor, CancellationToken.None);
        var zalo = new ZaloEvents(host.CreateClient(), ZaloBot.AppId, ZaloBot.OaSecret, TimeProvider.System);
        async Task SayAsync(string text, int expectedDelivered)
        {
            await zalo.PostSignedAsync(zalo.Text("citizen-1", text));
            await Eventually.HoldsAsync(() => standIn.Delivered.Count >= expectedDelivered, $"{expectedDelivered} messages at Zalo after '{text}'");
        }

        await SayAsync("gặp cán bộ", 1);
        await SayAsync("Tôi cần hỗ trợ đăng ký khai sinh cho con", 2);
        await SayAsync("có", 3);
        await zalo.PostSignedAsync(zalo.Text("citizen-1", "cán bộ ơi, con tôi sinh ở bệnh viện tỉnh"));
        await Eventually.DrainedAsync(host.Services);
        Assert.Equal(3, standIn.Delivered.Count);

        var staff = new HttpClient { BaseAddress = host.CreateClient().BaseAddress };
        using (var token = await staff.PostAsJsonAsync("/admin/api/auth/token", new { userName = "canbo", password = StaffBot.Password }))
        {
            staff.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        }

        var open = await staff.GetFromJsonAsync<JsonElement>("/admin/api/handoffs?open=true");
        var request = open.EnumerateArray().Single();
        Assert.Equal(("zalo", "Tôi cần hỗ trợ đăng ký khai sinh cho con"), (request.GetProperty("channel").GetString(), request.GetProperty("message").GetString()));
        Assert.Equal(["cán bộ ơi, con tôi sinh ở bệnh viện tỉnh"], request.GetProperty("thread").EnumerateArray().Select(m => m.GetProperty("text").GetString()));

        var id = request.GetProperty("id").GetInt64();
        using var reply = await staff.PostAsJsonAsync($"/admin/api/handoffs/{id}/reply", new { text = "Chào chị, chị nộp trên VNeID mục Thủ tục hành chính nhé." });
        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);
        await Eventually.HoldsAsync(() => standIn.Delivered.Any(m => m.Text == "Chào chị, chị nộp trên VNeID mục Thủ tục hành chính nhé."), "the staff reply at Zalo");
        Assert.Equal("citizen-1", standIn.Delivered.Single(m => m.Text!.StartsWith("Chào chị", StringComparison.Ordinal)).UserId);

        using var close = await staff.PostAsync($"/admin/api/handoffs/{id}/close", null);
        Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);
        await Eventually.HoldsAsync(() => standIn.Delivered.Any(m => m.Text == HandoffsApi.ClosingText), "the closing message");

        var before = standIn.Delivered.Count;
        await SayAsync("menu", before + 1);
        Assert.Contains(standIn.Delivered, m => m.Text!.StartsWith("Anh/Chị chọn một mục", StringComparison.Ordinal));
    }
}
