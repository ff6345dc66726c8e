using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Dialogs.Documents;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Content;

/// <summary>Two instances on one database: a change staff make on one is in force on the other without a restart.</summary>
public sealed class ContentRevisionWatcherTests : IDisposable
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Admin:InitialUser"] = "admin",
        ["Admin:InitialPassword"] = StaffBot.Password,
        ["Content:RevisionPollSeconds"] = "1",
    };

    private readonly string _database = BotHost.NewDatabasePath();
    private readonly BotHost _first;
    private readonly BotHost _second;

    public ContentRevisionWatcherTests()
    {
        _first = new BotHost(_database, settings: Settings);
        _second = new BotHost(_database, settings: Settings);
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        BotHost.DeleteDatabase(_database);
    }

    [Fact]
    public async Task A_synonym_published_on_one_instance_is_read_by_the_other_once_it_sees_the_new_revision()
    {
        var onSecond = _second.Services.GetRequiredService<ContentCatalog>();
        Assert.DoesNotContain(onSecond.Content.Synonyms, s => s.Term == "ép zét");

        using var admin = await AdminAsync(_first);
        (await admin.PutAsJsonAsync("/admin/api/synonyms", new { term = "ép zét", means = "VNeID" })).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => onSecond.Content.Synonyms.Any(s => s.Term == "ép zét"), "the second instance to load the new synonym", 30_000);
        var answer = await new ChatClient(_second.CreateClient(), "c-" + Guid.NewGuid().ToString("N"), "u").SayAsync("ép zét là gì");
        Assert.Equal("vneid-la-gi", answer.GetProperty("trace").GetProperty("contentId").GetString());
    }

    [Fact]
    public async Task A_document_text_uploaded_on_one_instance_is_searchable_in_passages_on_the_other()
    {
        var onSecond = _second.Services.GetRequiredService<ContentCatalog>();
        Assert.Empty(onSecond.Passages.Of(Admin.Documents.DocumentTextsApiTests.Decision));

        using var admin = await AdminAsync(_first);
        using var upload = await admin.PutAsync(Admin.Documents.DocumentTextsApiTests.TextUrl(Admin.Documents.DocumentTextsApiTests.Decision),
            Admin.Documents.DocumentTextsApiTests.Form("quyet-dinh.docx", Admin.Documents.DocumentTextsApiTests.DecisionDocx()));
        upload.EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(
            () => onSecond.Passages.Of(Admin.Documents.DocumentTextsApiTests.Decision).Any(p => p.Text.Contains("Lấy ngày 10 tháng 10 hằng năm", StringComparison.Ordinal)),
            "the second instance to have the uploaded text's passages", 30_000);
        using var reader = await AdminAsync(_second);
        var passages = await reader.GetFromJsonAsync<JsonElement>(Admin.Documents.DocumentTextsApiTests.PassagesUrl(Admin.Documents.DocumentTextsApiTests.Decision));
        Assert.Contains(passages.EnumerateArray(), p => p.GetProperty("text").GetString()!.Contains("Lấy ngày 10 tháng 10 hằng năm", StringComparison.Ordinal));
    }

    internal static async Task<HttpClient> AdminAsync(BotHost host)
    {
        var http = host.CreateClient();
        using var response = await http.PostAsJsonAsync("/admin/api/auth/token", new { userName = "admin", password = StaffBot.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
