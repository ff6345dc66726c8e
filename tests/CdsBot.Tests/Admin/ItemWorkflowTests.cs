using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Admin.Audit;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin;

public sealed class ItemWorkflowTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private static object Content(string question, string answer, string? validTo = null) => new
    {
        topic = "dich-vu-cong",
        question,
        variants = new[] { "cấp lại thẻ bảo hiểm y tế bị mất" },
        answer,
        sources = new[] { "69/2024/NĐ-CP" },
        validTo,
    };

    private async Task<string> AskAsync(string question) =>
        (await new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u").SayAsync(question)).GetProperty("trace").GetProperty("contentId").GetString() ?? "(none)";

    [Fact]
    public async Task An_editors_item_is_answered_once_another_person_approves_it()
    {
        var editor = await _bot.AsAsync("editor");
        var publisher = await _bot.AsAsync("publisher");

        using var created = await editor.PostAsJsonAsync("/admin/api/items", new { id = "the-bhyt-bi-mat", content = Content("Mất thẻ bảo hiểm y tế thì làm sao?", "Anh/Chị dùng thẻ BHYT trên VNeID (tài khoản mức 2).") });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.NotEqual("the-bhyt-bi-mat", await AskAsync("mất thẻ bảo hiểm y tế thì làm sao"));

        using var editorApproves = await editor.PostAsync("/admin/api/items/the-bhyt-bi-mat/approve", null);
        Assert.Equal(HttpStatusCode.Forbidden, editorApproves.StatusCode);
        using var tooEarly = await publisher.PostAsync("/admin/api/items/the-bhyt-bi-mat/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);

        (await editor.PostAsync("/admin/api/items/the-bhyt-bi-mat/submit", null)).EnsureSuccessStatusCode();
        using var approved = await publisher.PostAsync("/admin/api/items/the-bhyt-bi-mat/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var item = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("published", 1), (item.GetProperty("status").GetString(), item.GetProperty("version").GetInt32()));

        Assert.Equal("the-bhyt-bi-mat", await AskAsync("mất thẻ bảo hiểm y tế thì làm sao"));
    }

    [Fact]
    public async Task The_writer_of_a_draft_cannot_approve_it_even_as_a_publisher()
    {
        var publisher = await _bot.AsAsync("publisher");
        await publisher.PutAsJsonAsync("/admin/api/items/nq57-ngay-ban-hanh/draft", Content("Nghị quyết 57 là gì?", "Sửa đổi."));
        await publisher.PostAsync("/admin/api/items/nq57-ngay-ban-hanh/submit", null);

        using var ownApproval = await publisher.PostAsync("/admin/api/items/nq57-ngay-ban-hanh/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, ownApproval.StatusCode);
        Assert.Contains("Cần một người khác duyệt", await ownApproval.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anyone_who_wrote_part_of_a_draft_cannot_approve_it_though_someone_else_edited_it_last()
    {
        var publisher = await _bot.AsAsync("publisher");
        var editor = await _bot.AsAsync("editor");
        (await publisher.PutAsJsonAsync("/admin/api/items/nq57-ngay-ban-hanh/draft", Content("Nghị quyết 57 là gì?", "Phần do publisher viết."))).EnsureSuccessStatusCode();
        (await editor.PutAsJsonAsync("/admin/api/items/nq57-ngay-ban-hanh/draft", Content("Nghị quyết 57 là gì?", "Phần do publisher viết, editor sửa câu chữ."))).EnsureSuccessStatusCode();
        (await editor.PostAsync("/admin/api/items/nq57-ngay-ban-hanh/submit", null)).EnsureSuccessStatusCode();

        using var coWriter = await publisher.PostAsync("/admin/api/items/nq57-ngay-ban-hanh/approve", null);
        using var other = await (await _bot.AsAsync("publisher2")).PostAsync("/admin/api/items/nq57-ngay-ban-hanh/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, coWriter.StatusCode);
        Assert.Contains("Cần một người khác duyệt", await coWriter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Rollback_restores_the_earlier_answer_and_history_shows_what_changed()
    {
        var editor = await _bot.AsAsync("editor");
        var publisher = await _bot.AsAsync("publisher");
        var id = "ngay-cds-10-10";
        var before = (await _bot.Anonymous().PostAsJsonAsync("/api/chat", new { conversationId = "r1", userId = "u", text = "ngày chuyển đổi số là ngày nào" }));
        var originalAnswer = (await before.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replies")[0].GetProperty("text").GetString()!;

        await editor.PutAsJsonAsync($"/admin/api/items/{id}/draft", new { topic = "ngay-cds", question = "Ngày Chuyển đổi số quốc gia là ngày nào?", variants = new[] { "ngày chuyển đổi số là ngày nào" }, answer = "BẢN SỬA: ngày 10/10.", sources = new[] { "505/QĐ-TTg" } });
        await editor.PostAsync($"/admin/api/items/{id}/submit", null);
        (await publisher.PostAsync($"/admin/api/items/{id}/approve", null)).EnsureSuccessStatusCode();
        var edited = await ReplyAsync("ngày chuyển đổi số là ngày nào");
        Assert.StartsWith("BẢN SỬA", edited, StringComparison.Ordinal);

        using var rolledBack = await publisher.PostAsync($"/admin/api/items/{id}/rollback/1", null);

        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        Assert.Equal(originalAnswer, await ReplyAsync("ngày chuyển đổi số là ngày nào"));
        var history = await publisher.GetFromJsonAsync<JsonElement>($"/admin/api/items/{id}/history");
        Assert.Equal([1, 2, 3], history.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        var change = history[1].GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "answer");
        Assert.Equal("BẢN SỬA: ngày 10/10.", change.GetProperty("after").GetString());
    }

    [Fact]
    public async Task An_expired_item_is_not_answered_and_is_listed_for_review()
    {
        var editor = await _bot.AsAsync("editor");
        var publisher = await _bot.AsAsync("publisher");
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7).AddDays(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await editor.PostAsJsonAsync("/admin/api/items", new { id = "su-kien-da-qua", content = Content("Đăng ký tham dự ngày hội số ở nhà văn hóa thế nào?", "Đăng ký tại nhà văn hóa.", yesterday) });
        await editor.PostAsync("/admin/api/items/su-kien-da-qua/submit", null);
        (await publisher.PostAsync("/admin/api/items/su-kien-da-qua/approve", null)).EnsureSuccessStatusCode();

        Assert.NotEqual("su-kien-da-qua", await AskAsync("đăng ký tham dự ngày hội số ở nhà văn hóa thế nào"));
        var expired = await editor.GetFromJsonAsync<JsonElement>("/admin/api/items/expired");
        Assert.Contains(expired.EnumerateArray(), i => i.GetProperty("id").GetString() == "su-kien-da-qua");
    }

    [Fact]
    public async Task Unpublishing_stops_the_answer_and_every_step_is_audited()
    {
        var publisher = await _bot.AsAsync("publisher");
        Assert.Equal("ngay-cds-10-10", await AskAsync("ngày chuyển đổi số là ngày nào"));

        (await publisher.PostAsync("/admin/api/items/ngay-cds-10-10/unpublish", null)).EnsureSuccessStatusCode();

        Assert.NotEqual("ngay-cds-10-10", await AskAsync("ngày chuyển đổi số là ngày nào"));
        await using var db = await _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "item.unpublish");
        Assert.Equal(("publisher", "ngay-cds-10-10"), (entry.Actor, entry.Target));
    }

    [Fact]
    public async Task Invalid_drafts_are_refused_field_by_field()
    {
        var editor = await _bot.AsAsync("editor");
        using var response = await editor.PostAsJsonAsync("/admin/api/items", new { id = "Bad Id!", content = new { topic = "khong-co", question = "", answer = "" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        using var invalid = await editor.PostAsJsonAsync("/admin/api/items", new { id = "hop-le", content = new { topic = "khong-co", question = "", answer = "", sources = new[] { "999/XX" } } });
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["answer", "question", "sources", "topic"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Search_finds_items_typed_without_diacritics()
    {
        var editor = await _bot.AsAsync("editor");
        var found = await editor.GetFromJsonAsync<JsonElement>("/admin/api/items?q=nghi%20quyet%2057");
        Assert.Contains(found.EnumerateArray(), i => i.GetProperty("id").GetString() == "nq57-ngay-ban-hanh");
    }

    private async Task<string> ReplyAsync(string question) =>
        (await new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u").SayAsync(question)).GetProperty("replies")[0].GetProperty("text").GetString()!;
}
