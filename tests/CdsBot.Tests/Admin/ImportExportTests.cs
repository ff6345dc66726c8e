using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CdsBot.Admin.Import;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Admin;

public sealed class ImportExportTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    public static List<IReadOnlyList<string>> Sheet(params IReadOnlyList<string>[] rows) => [ItemColumns.All, .. rows];

    public static IReadOnlyList<string> Row(string id, string topic, string question, string answer, string validTo = "") =>
        [id, topic, "", question, "", answer, "", "", "", "", "", validTo];

    /// <summary>The file's bytes with its content type: text/csv or the XLSX type, as the staff page sends them.</summary>
    private static ByteArrayContent Body(byte[] bytes, string format)
    {
        var body = new ByteArrayContent(bytes);
        body.Headers.ContentType = new(format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        return body;
    }

    [Fact]
    public async Task A_file_with_one_bad_row_is_refused_whole_with_that_row_named()
    {
        var editor = await _bot.AsAsync("editor");
        var xlsx = XlsxTable.Write(Sheet(
            Row("muc-moi-mot", "ky-nang-so", "Câu hỏi một?", "Trả lời một."),
            Row("muc-moi-hai", "khong-co-chu-de", "Câu hỏi hai?", "Trả lời hai."),
            Row("muc-moi-ba", "ky-nang-so", "Câu hỏi ba?", "Trả lời ba.", "31/13/2026")));

        using var response = await editor.PostAsync("/admin/api/items/import?format=xlsx", Body(xlsx, "xlsx"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = result.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "topic"), (4, "valid_to")], errors);
        using var first = await editor.GetAsync("/admin/api/items/muc-moi-mot");
        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
    }

    [Fact]
    public async Task A_dry_run_checks_and_writes_nothing_then_the_import_writes_drafts()
    {
        var editor = await _bot.AsAsync("editor");
        var csv = Encoding.UTF8.GetBytes(CsvTable.Write(Sheet(Row("hoc-excel", "ky-nang-so", "Học Excel, Word ở đâu?", "Trên nền tảng \"Bình dân học vụ số\",\nmiễn phí."))));

        using var dry = await editor.PostAsync("/admin/api/items/import?format=csv&dryRun=true", Body(csv, "csv"));
        Assert.Equal(1, (await dry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("valid").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/admin/api/items/hoc-excel")).StatusCode);

        using var real = await editor.PostAsync("/admin/api/items/import?format=csv", Body(csv, "csv"));

        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        var item = await editor.GetFromJsonAsync<JsonElement>("/admin/api/items/hoc-excel");
        Assert.Equal("Trên nền tảng \"Bình dân học vụ số\",\nmiễn phí.", item.GetProperty("draft").GetProperty("content").GetProperty("answer").GetString());
        Assert.Equal("draft", item.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Exported_items_import_back_without_errors()
    {
        var editor = await _bot.AsAsync("editor");
        foreach (var format in new[] { "xlsx", "csv" })
        {
            var exported = await editor.GetByteArrayAsync($"/admin/api/items/export?format={format}");
            using var check = await editor.PostAsync($"/admin/api/items/import?format={format}&dryRun=true", Body(exported, format));
            var result = await check.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(check.StatusCode == HttpStatusCode.OK, result.ToString());
            Assert.True(result.GetProperty("valid").GetInt32() >= 120);
        }
    }

    [Fact]
    public async Task Exports_say_which_items_stay_verbatim()
    {
        var editor = await _bot.AsAsync("editor");

        var rows = CsvTable.Read(await editor.GetStringAsync("/admin/api/items/export?format=csv"));

        var verbatim = rows[0].ToList().IndexOf("verbatim");
        Assert.True(verbatim >= 0, "no verbatim column");
        Assert.Equal("true", rows.Single(r => r[0] == "nq57-ngay-ban-hanh")[verbatim]);
        Assert.Equal("", rows.Single(r => r[0] == "vneid-la-gi")[verbatim]);
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_gets_400()
    {
        var editor = await _bot.AsAsync("editor");
        using var response = await editor.PostAsync("/admin/api/items/import?format=xlsx", Body(Encoding.UTF8.GetBytes("not a zip"), "xlsx"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
