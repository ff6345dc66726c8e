using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin;

public sealed class ShorthandApiTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private IReadOnlyList<Synonym> InForce => _bot.Host.Services.GetRequiredService<ContentCatalog>().Content.Shorthand;

    [Fact]
    public async Task A_publisher_adds_changes_and_removes_shorthand_and_each_change_is_in_force_at_once_and_audited()
    {
        var publisher = await _bot.AsAsync("publisher");

        using var added = await publisher.PutAsJsonAsync("/admin/api/shorthand", new { term = " vnid ", means = "VNeID" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains(new Synonym("vnid", "VNeID"), InForce);
        var listed = await publisher.GetFromJsonAsync<List<Synonym>>("/admin/api/shorthand");
        Assert.Contains(new Synonym("vnid", "VNeID"), listed!);

        (await publisher.PutAsJsonAsync("/admin/api/shorthand", new { term = "vnid", means = "ứng dụng VNeID" })).EnsureSuccessStatusCode();
        Assert.Contains(new Synonym("vnid", "ứng dụng VNeID"), InForce);
        Assert.DoesNotContain(InForce, s => s.Means == "VNeID");

        using var removed = await publisher.DeleteAsync("/admin/api/shorthand?term=vnid");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.DoesNotContain(InForce, s => s.Term == "vnid");
        Assert.Equal(HttpStatusCode.NotFound, (await publisher.DeleteAsync("/admin/api/shorthand?term=vnid")).StatusCode);

        var audit = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/audit?target=vnid");
        Assert.Equal(["shorthand.delete", "shorthand.save", "shorthand.save"], audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        Assert.Equal("publisher", audit[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Missing_fields_and_a_term_that_is_already_a_synonym_are_refused_by_field()
    {
        var publisher = await _bot.AsAsync("publisher");
        (await publisher.PutAsJsonAsync("/admin/api/synonyms", new { term = "bhyt", means = "bảo hiểm y tế" })).EnsureSuccessStatusCode();
        var before = InForce;

        var blank = await ProblemAsync(await publisher.PutAsJsonAsync("/admin/api/shorthand", new { term = "  ", means = "" }));
        var synonym = await ProblemAsync(await publisher.PutAsJsonAsync("/admin/api/shorthand", new { term = "bhyt", means = "bảo hiểm y tế" }));
        var nameless = await ProblemAsync(await publisher.DeleteAsync("/admin/api/shorthand"));

        Assert.True(blank.TryGetProperty("term", out _) && blank.TryGetProperty("means", out _), blank.ToString());
        Assert.Contains("đã có trong bảng từ đồng nghĩa", synonym.GetProperty("term")[0].GetString(), StringComparison.Ordinal);
        Assert.True(nameless.TryGetProperty("term", out _), nameless.ToString());
        Assert.Same(before, InForce);
    }

    [Fact]
    public async Task A_synonym_is_refused_for_a_term_that_is_already_shorthand()
    {
        var publisher = await _bot.AsAsync("publisher");
        (await publisher.PutAsJsonAsync("/admin/api/shorthand", new { term = "vnid", means = "VNeID" })).EnsureSuccessStatusCode();

        var problem = await ProblemAsync(await publisher.PutAsJsonAsync("/admin/api/synonyms", new { term = "vnid", means = "VNeID" }));

        Assert.Contains("đã có trong bảng viết tắt", problem.GetProperty("term")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_read_shorthand_but_cannot_change_it_and_anonymous_callers_get_401()
    {
        var editor = await _bot.AsAsync("editor");

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/api/shorthand")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsJsonAsync("/admin/api/shorthand", new { term = "x", means = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.DeleteAsync("/admin/api/shorthand?term=ko")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.Anonymous().GetAsync("/admin/api/shorthand")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_shorthand_endpoints()
    {
        var document = await _bot.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var path = document.GetProperty("paths").GetProperty("/admin/api/shorthand");
        Assert.True(path.TryGetProperty("get", out _) && path.TryGetProperty("put", out _) && path.TryGetProperty("delete", out _), path.ToString());
    }

    /// <summary>The field errors of a 400 validation problem.</summary>
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }
    }
}
