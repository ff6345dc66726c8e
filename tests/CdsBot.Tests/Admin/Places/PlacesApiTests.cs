using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin.Places;

/// <summary>/admin/api/places on the real host and database: the list, one place at a time, and the whole list as a file.</summary>
public sealed class PlacesApiTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private IReadOnlyList<Locality> InForce => _bot.Host.Services.GetRequiredService<ContentCatalog>().Content.Localities;

    private async Task<List<string>> StoredIdsAsync()
    {
        await using var db = await _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        return await db.Localities.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
    }

    /// <summary>The reply a citizen gets when, subscribing to news, they answer the place question with <paramref name="typed"/>.</summary>
    private async Task<string> SubscribeTypingAsync(string typed)
    {
        var chat = new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u-" + Guid.NewGuid().ToString("N"));
        await chat.SayAsync("đăng ký nhận tin");
        await chat.PressAsync("ALL");
        return ChatClient.Text(await chat.SayAsync(typed));
    }

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    [Fact]
    public async Task A_publisher_adds_and_edits_a_place_and_citizens_find_it_at_once_by_a_prefix_without_diacritics()
    {
        var publisher = await _bot.AsAsync("publisher");
        Assert.Contains("Chưa có “hoa thuan”", await SubscribeTypingAsync("hoa thuan"), StringComparison.Ordinal);

        using var added = await publisher.PutAsJsonAsync("/admin/api/places/phuong-hoa-thuan", new { name = " Hòa Thuận ", aliases = new[] { "phường Hòa Thuận", "" } });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains(new Locality("phuong-hoa-thuan", "Hòa Thuận", ["phường Hòa Thuận"]), InForce, LocalityComparer);
        Assert.Contains("Anh/Chị đã đăng ký nhận tin về tất cả chủ đề (Hòa Thuận)", await SubscribeTypingAsync("hoa thuan"), StringComparison.Ordinal);

        (await publisher.PutAsJsonAsync("/admin/api/places/phuong-hoa-thuan", new { name = "Hòa Thuận Tây", aliases = new[] { "phường Hòa Thuận Tây" } })).EnsureSuccessStatusCode();
        Assert.Contains("(Hòa Thuận Tây)", await SubscribeTypingAsync("ở phường hoa thuan tay"), StringComparison.Ordinal);

        var listed = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/places");
        var place = listed.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "phuong-hoa-thuan");
        Assert.Equal("Hòa Thuận Tây", place.GetProperty("name").GetString());
        Assert.Equal(2, place.GetProperty("use").GetProperty("subscribers").GetInt32());

        var audit = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/audit?target=phuong-hoa-thuan");
        Assert.Equal(["place.update", "place.create"], audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        Assert.Equal("publisher", audit[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task A_place_nothing_names_is_removed_but_one_items_documents_or_subscribers_name_is_refused_with_the_reason()
    {
        var publisher = await _bot.AsAsync("publisher");
        (await publisher.PutAsJsonAsync("/admin/api/places/xa-moi", new { name = "Xã Mới", aliases = Array.Empty<string>() })).EnsureSuccessStatusCode();
        (await publisher.PutAsJsonAsync("/admin/api/places/xa-co-nguoi-dang-ky", new { name = "Phú Lộc", aliases = Array.Empty<string>() })).EnsureSuccessStatusCode();
        await SubscribeTypingAsync("phu loc");

        using var items = await publisher.DeleteAsync("/admin/api/places/tan-ninh");
        using var subscribers = await publisher.DeleteAsync("/admin/api/places/xa-co-nguoi-dang-ky");
        using var removed = await publisher.DeleteAsync("/admin/api/places/xa-moi");

        Assert.Equal(HttpStatusCode.Conflict, items.StatusCode);
        var itemsProblem = await items.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches(@"^Không xóa được “Tân Ninh” vì đang được dùng: \d+ mục hỏi đáp, \d+ văn bản\.", itemsProblem.GetProperty("detail").GetString());
        Assert.Contains("1 người đăng ký nhận tin", (await subscribers.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publisher.DeleteAsync("/admin/api/places/xa-moi")).StatusCode);
        Assert.Equal(["ben-tre", "lao-cai", "tan-ninh", "thai-binh", "tra-vinh", "xa-co-nguoi-dang-ky"], await StoredIdsAsync());
        Assert.DoesNotContain(InForce, l => l.Id == "xa-moi");
        var audit = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/audit?target=xa-moi");
        Assert.Equal("place.delete", audit[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_form_change_is_refused_by_field_when_its_id_is_not_a_slug_its_name_is_blank_or_not_vietnamese_or_it_collides()
    {
        var publisher = await _bot.AsAsync("publisher");

        var slug = await ProblemAsync(await publisher.PutAsJsonAsync("/admin/api/places/Tan%20Ninh%202", new { name = "Tân Ninh 2" }));
        var blank = await ProblemAsync(await publisher.PutAsJsonAsync("/admin/api/places/xa-trong", new { name = "  " }));
        var mojibake = await ProblemAsync(await publisher.PutAsJsonAsync("/admin/api/places/xa-loi", new { name = "TÃ¢n Ninh" }));
        var alias = await ProblemAsync(await publisher.PutAsJsonAsync("/admin/api/places/xa-khac", new { name = "Xã Khác", aliases = new[] { "Trà Vinh" } }));
        var name = await ProblemAsync(await publisher.PutAsJsonAsync("/admin/api/places/xa-trung-ten", new { name = "bến tre" }));

        Assert.Contains("chỉ dùng chữ thường không dấu", slug.GetProperty("id")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Thiếu tên", blank.GetProperty("name")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("không phải chữ tiếng Việt: “¢”", mojibake.GetProperty("name")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("là tên của địa phương “tra-vinh”", alias.GetProperty("aliases")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("trùng với địa phương “ben-tre”", name.GetProperty("name")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(["ben-tre", "lao-cai", "tan-ninh", "thai-binh", "tra-vinh"], await StoredIdsAsync());
    }

    [Fact]
    public async Task The_exported_list_imports_back_unchanged_and_an_edited_file_replaces_the_list_in_one_step()
    {
        var publisher = await _bot.AsAsync("publisher");
        (await publisher.PutAsJsonAsync("/admin/api/places/xa-bo-di", new { name = "Xã Bỏ Đi" })).EnsureSuccessStatusCode();
        using var export = await publisher.GetAsync("/admin/api/places/export");
        var yaml = await export.Content.ReadAsStringAsync();
        Assert.StartsWith("application/yaml", export.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("localities:", yaml, StringComparison.Ordinal);
        Assert.Contains("- id: tan-ninh", yaml, StringComparison.Ordinal);
        Assert.Contains("name: Tân Ninh", yaml, StringComparison.Ordinal);

        using var same = await publisher.PostAsync("/admin/api/places/import?dryRun=true", Yaml(yaml));
        var unchanged = await same.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal((6, 0, 0, 0), Counts(unchanged));

        const string edited = """
            localities:
              - id: tra-vinh
                name: Trà Vinh
                aliases: [tỉnh Trà Vinh]
              - id: thai-binh
                name: Thái Bình
                aliases: [tỉnh Thái Bình]
              - id: lao-cai
                name: Lào Cai
                aliases: [tỉnh Lào Cai]
              - id: ben-tre
                name: Bến Tre
                aliases: [tỉnh Bến Tre, xứ dừa]
              - id: tan-ninh
                name: Tân Ninh
                aliases: [xã Tân Ninh, Tân Ninh cũ]
              - id: phuong-an-hoa
                name: An Hòa
                aliases: [phường An Hòa]
            """;
        using var imported = await publisher.PostAsync("/admin/api/places/import", Yaml(edited));
        var outcome = await imported.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal((6, 1, 1, 1), Counts(outcome));
        Assert.Equal(["ben-tre", "lao-cai", "phuong-an-hoa", "tan-ninh", "thai-binh", "tra-vinh"], await StoredIdsAsync());
        Assert.Contains(InForce, l => l.Id == "tan-ninh" && l.Aliases.Contains("Tân Ninh cũ"));
        Assert.Contains("(An Hòa)", await SubscribeTypingAsync("an hoa"), StringComparison.Ordinal);
        var audit = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/audit?target=localities");
        Assert.Equal("place.import", Assert.Single(audit.EnumerateArray()).GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_bad_file_is_refused_whole_with_each_problem_by_line_in_vietnamese_and_nothing_is_stored()
    {
        var publisher = await _bot.AsAsync("publisher");
        const string file = """
            localities:
              - id: phuong-moi
                name: Phường Mới
              - id: Phuong Cu
                name: Phường Cũ
              - id: phuong-moi
                name: Phường Mới Hai
              - id: xa-khong-ten
                name: ""
              - id: xa-trung
                name: Xã Trùng
                aliases: [Phường Mới]
              - id: tan-ninh
                name: Tân Ninh
              - id: tra-vinh
                name: Trà Vinh
              - id: thai-binh
                name: Thái Bình
              - id: lao-cai
                name: Lào Cai
              - id: ben-tre
                name: Bến Tre
            """;

        using var refused = await publisher.PostAsync("/admin/api/places/import", Yaml(file));
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Tệp có 4 lỗi; chưa lưu gì, danh sách địa phương giữ nguyên.", problem.GetProperty("detail").GetString());
        var lines = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("text").GetString()!).ToList();
        Assert.Collection(lines,
            l => Assert.StartsWith("Dòng 4: Mã “Phuong Cu” không hợp lệ", l, StringComparison.Ordinal),
            l => Assert.StartsWith("Dòng 6: Mã “phuong-moi” bị trùng (đã có ở dòng 2)", l, StringComparison.Ordinal),
            l => Assert.StartsWith("Dòng 8: Thiếu tên địa phương", l, StringComparison.Ordinal),
            l => Assert.StartsWith("Dòng 10: Tên gọi khác “Phường Mới” của “Xã Trùng” là tên của địa phương “phuong-moi”", l, StringComparison.Ordinal));
        Assert.Equal(["ben-tre", "lao-cai", "tan-ninh", "thai-binh", "tra-vinh"], await StoredIdsAsync());
    }

    [Fact]
    public async Task A_file_leaving_out_a_place_in_use_is_refused_and_one_that_is_not_yaml_says_so()
    {
        var publisher = await _bot.AsAsync("publisher");

        using var missing = await publisher.PostAsync("/admin/api/places/import", Yaml("localities:\n  - id: tra-vinh\n    name: Trà Vinh\n"));
        using var broken = await publisher.PostAsync("/admin/api/places/import", Yaml("localities:\n  - id: a\n   name: [\n"));
        using var wrongType = await publisher.PostAsync("/admin/api/places/import", new StringContent("localities: []", Encoding.UTF8, "text/plain"));

        var missingErrors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(4, missingErrors.GetArrayLength());
        Assert.Contains(missingErrors.EnumerateArray(), e => e.GetProperty("text").GetString()!.StartsWith("Tệp thiếu địa phương “tan-ninh” (Tân Ninh). Không xóa được", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("không đúng định dạng YAML", (await broken.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(["ben-tre", "lao-cai", "tan-ninh", "thai-binh", "tra-vinh"], await StoredIdsAsync());
    }

    [Fact]
    public async Task Editors_read_and_export_the_list_but_cannot_change_it_and_anonymous_callers_get_401()
    {
        var editor = await _bot.AsAsync("editor");

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/api/places")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/api/places/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsJsonAsync("/admin/api/places/xa-moi", new { name = "Xã Mới" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.DeleteAsync("/admin/api/places/tan-ninh")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/admin/api/places/import", Yaml("localities: []"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.Anonymous().GetAsync("/admin/api/places")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_places_endpoints()
    {
        var paths = (await _bot.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        Assert.True(paths.GetProperty("/admin/api/places").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/admin/api/places/{id}").TryGetProperty("put", out _) && paths.GetProperty("/admin/api/places/{id}").TryGetProperty("delete", out _));
        Assert.True(paths.GetProperty("/admin/api/places/import").TryGetProperty("post", out _) && paths.GetProperty("/admin/api/places/export").TryGetProperty("get", out _));
    }

    private static (int Places, int Added, int Changed, int Removed) Counts(JsonElement outcome) =>
        (outcome.GetProperty("places").GetInt32(), outcome.GetProperty("added").GetArrayLength(), outcome.GetProperty("changed").GetArrayLength(), outcome.GetProperty("removed").GetArrayLength());

    private static readonly IEqualityComparer<Locality> LocalityComparer = EqualityComparer<Locality>.Create(
        (a, b) => a!.Id == b!.Id && a.Name == b.Name && a.Aliases.SequenceEqual(b.Aliases), l => l.Id.GetHashCode(StringComparison.Ordinal));

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
