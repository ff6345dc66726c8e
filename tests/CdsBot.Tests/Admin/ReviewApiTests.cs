using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Admin;

/// <summary>/admin/api/drafts (the review list, bulk submit and approve) and /admin/api/preview.</summary>
public sealed class ReviewApiTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private static object Content(string answer, params string[] followUps) => new
    {
        topic = "dich-vu-cong",
        question = "VNeID là gì?",
        answer,
        sources = new[] { "69/2024/NĐ-CP" },
        followUps,
    };

    [Fact]
    public async Task Bulk_approval_publishes_each_draft_it_may_and_refuses_the_approvers_own_with_a_result_each()
    {
        var editor = await _bot.AsAsync("editor");
        var publisher = await _bot.AsAsync("publisher");
        foreach (var (writer, id) in new[] { (editor, "vneid-la-gi"), (publisher, "vneid-cai-dat") })
        {
            (await writer.PutAsJsonAsync($"/admin/api/items/{id}/draft", Content("Bản sửa."))).EnsureSuccessStatusCode();
        }

        using var submitted = await editor.PostAsJsonAsync("/admin/api/drafts/submit", new { ids = new[] { "vneid-la-gi", "vneid-cai-dat", "khong-co-muc-nay" } });
        var submits = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([true, true, false], submits.EnumerateArray().Select(r => r.GetProperty("ok").GetBoolean()));
        var waiting = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/drafts?state=in_review");
        Assert.Equal(["vneid-la-gi", "vneid-cai-dat"], waiting.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(["publisher"], waiting[1].GetProperty("draft").GetProperty("writers").EnumerateArray().Select(w => w.GetString()));

        using var editorApproves = await editor.PostAsJsonAsync("/admin/api/drafts/approve", new { ids = new[] { "vneid-la-gi" } });
        Assert.Equal(HttpStatusCode.Forbidden, editorApproves.StatusCode);
        using var approved = await publisher.PostAsJsonAsync("/admin/api/drafts/approve", new { ids = new[] { "vneid-la-gi", "vneid-cai-dat" } });
        var results = (await approved.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal((true, 200), (results[0].GetProperty("ok").GetBoolean(), results[0].GetProperty("status").GetInt32()));
        Assert.Equal((false, 409), (results[1].GetProperty("ok").GetBoolean(), results[1].GetProperty("status").GetInt32()));
        Assert.DoesNotContain("vneid-la-gi", (await publisher.GetFromJsonAsync<JsonElement>("/admin/api/drafts?state=in_review")).EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_preview_splits_a_long_answer_as_each_channel_sends_it_with_the_sources_line_and_the_follow_ups()
    {
        var editor = await _bot.AsAsync("editor");
        var paragraph = string.Join(' ', Enumerable.Repeat("Anh/Chị mở ứng dụng VNeID và làm theo hướng dẫn trên màn hình.", 15));
        using var response = await editor.PostAsJsonAsync("/admin/api/preview", new { id = "vneid-la-gi", content = Content($"{paragraph}\n\n{paragraph}\n\n{paragraph}", "vneid-cai-dat") });
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();

        var zalo = preview.GetProperty("zalo").GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()!).ToList();
        Assert.Equal(3, zalo.Count);
        Assert.All(zalo, part => Assert.True(part.Length <= 2000));
        Assert.Contains("Nguồn: Nghị định 69/2024/NĐ-CP", zalo[1], StringComparison.Ordinal);
        Assert.Contains("Tải và cài ứng dụng VNeID ở đâu?", zalo[2], StringComparison.Ordinal);
        var messenger = preview.GetProperty("messenger").GetProperty("messages");
        Assert.Equal(3, messenger.GetArrayLength());
        Assert.Contains("👍 Hữu ích", messenger[2].GetProperty("quick_replies").EnumerateArray().Select(q => q.GetProperty("title").GetString()));
        Assert.Equal(2, preview.GetProperty("web").GetProperty("messages").GetArrayLength());
    }

    [Fact]
    public async Task A_preview_without_an_answer_is_refused_naming_the_field()
    {
        var editor = await _bot.AsAsync("editor");
        using var response = await editor.PostAsJsonAsync("/admin/api/preview", new { content = new { question = "Câu hỏi?" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("answer", out _));
    }
}
