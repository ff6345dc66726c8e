using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Admin;

public sealed class ReferenceApiTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private Task<JsonElement> AskAsync(string question) =>
        new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u").SayAsync(question);

    [Fact]
    public async Task A_new_synonym_changes_how_questions_are_read_at_once()
    {
        Assert.NotEqual("vneid-la-gi", (await AskAsync("ép zét là gì")).GetProperty("trace").GetProperty("contentId").GetString());
        var publisher = await _bot.AsAsync("publisher");

        using var saved = await publisher.PutAsJsonAsync("/admin/api/synonyms", new { term = "ép zét", means = "VNeID" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("vneid-la-gi", (await AskAsync("ép zét là gì")).GetProperty("trace").GetProperty("contentId").GetString());
    }

    [Fact]
    public async Task A_corrected_document_is_cited_in_answers_at_once_and_audited()
    {
        var publisher = await _bot.AsAsync("publisher");
        var documents = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/documents");
        var decision = documents.EnumerateArray().Single(d => d.GetProperty("number").GetString() == "505/QĐ-TTg");
        var changed = JsonSerializer.Deserialize<Dictionary<string, object?>>(decision.GetRawText())!;
        changed["link"] = "https://vanban.chinhphu.vn/505";

        (await publisher.PutAsJsonAsync("/admin/api/documents", changed)).EnsureSuccessStatusCode();

        Assert.Contains("https://vanban.chinhphu.vn/505", ChatClient.Text(await AskAsync("ngày chuyển đổi số là ngày nào")), StringComparison.Ordinal);
        var audit = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/audit?target=505%2FQĐ-TTg");
        Assert.Equal("document.update", audit[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_document_sent_with_a_full_text_in_its_body_is_refused_pointing_at_the_upload()
    {
        var publisher = await _bot.AsAsync("publisher");
        var documents = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/documents");
        var decision = JsonSerializer.Deserialize<Dictionary<string, object?>>(documents.EnumerateArray().Single(d => d.GetProperty("number").GetString() == "505/QĐ-TTg").GetRawText())!;
        decision["text"] = "Điều 1. Lấy ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia.";

        using var response = await publisher.PutAsJsonAsync("/admin/api/documents", decision);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("/text", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("text")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_read_but_cannot_change_documents_or_synonyms()
    {
        var editor = await _bot.AsAsync("editor");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/api/synonyms")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsJsonAsync("/admin/api/synonyms", new { term = "x", means = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/api/audit")).StatusCode);
    }
}
