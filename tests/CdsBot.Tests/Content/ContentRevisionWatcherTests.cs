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

    private TestDatabase? _database;
    private BotHost? _first;
    private BotHost? _second;

    /// <summary>Two instances on a new database of <paramref name="provider"/>.</summary>
    private (BotHost First, BotHost Second) Start(string provider)
    {
        _database = TestDatabase.Create(provider);
        _first = new BotHost(_database, settings: Settings);
        _second = new BotHost(_database, settings: Settings);
        return (_first, _second);
    }

    public void Dispose()
    {
        _first?.Dispose();
        _second?.Dispose();
        _database?.Dispose();
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_synonym_published_on_one_instance_is_read_by_the_other_once_it_sees_the_new_revision(string provider)
    {
        var (first, second) = Start(provider);
        var onSecond = second.Services.GetRequiredService<ContentCatalog>();
        Assert.DoesNotContain(onSecond.Content.Synonyms, s => s.Term == "ép zét");

        using var admin = await AdminAsync(first);
        (await admin.PutAsJsonAsync("/admin/api/synonyms", new { term = "ép zét", means = "VNeID" })).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => onSecond.Content.Synonyms.Any(s => s.Term == "ép zét"), "the second instance to load the new synonym", 30_000);
        var answer = await new ChatClient(second.CreateClient(), "c-" + Guid.NewGuid().ToString("N"), "u").SayAsync("ép zét là gì");
        Assert.Equal("vneid-la-gi", answer.GetProperty("trace").GetProperty("contentId").GetString());
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_document_text_uploaded_on_one_instance_is_searchable_in_passages_on_the_other(string provider)
    {
        var (first, second) = Start(provider);
        var onSecond = second.Services.GetRequiredService<ContentCatalog>();
        Assert.Empty(onSecond.Passages.Of(Admin.Documents.DocumentTextsApiTests.Decision));

        using var admin = await AdminAsync(first);
        using var upload = await admin.PutAsync(Admin.Documents.DocumentTextsApiTests.TextUrl(Admin.Documents.DocumentTextsApiTests.Decision),
            Admin.Documents.DocumentTextsApiTests.Form("quyet-dinh.docx", Admin.Documents.DocumentTextsApiTests.DecisionDocx()));
        upload.EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(
            () => onSecond.Passages.Of(Admin.Documents.DocumentTextsApiTests.Decision).Any(p => p.Text.Contains("Lấy ngày 10 tháng 10 hằng năm", StringComparison.Ordinal)),
            "the second instance to have the uploaded text's passages", 30_000);
        using var reader = await AdminAsync(second);
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
