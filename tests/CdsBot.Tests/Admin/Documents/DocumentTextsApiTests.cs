using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CdsBot.Content;
using CdsBot.Dialogs.Documents;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin.Documents;

/// <summary>
/// Uploading, reading and removing a document's full text through /admin/api: the text is split into passages in force
/// at once; a bad file is refused with a Vietnamese reason naming the field "file", and nothing of it is stored.
/// </summary>
public sealed class DocumentTextsApiTests : IDisposable
{
    internal const string Decision = "505/QĐ-TTg";
    private const int MaxBytes = 20_000;

    private readonly StaffBot _bot = new(new Dictionary<string, string?>
    {
        ["Admin:LoginAttemptsPerMinute"] = "1000",
        ["Documents:MaxUploadBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public void Dispose() => _bot.Dispose();

    internal static string TextUrl(string number) => $"/admin/api/documents/{Uri.EscapeDataString(number)}/text";

    internal static string PassagesUrl(string number) => $"/admin/api/documents/{Uri.EscapeDataString(number)}/passages";

    internal static MultipartFormDataContent Form(string fileName, byte[] bytes, string field = "file") =>
        new() { { new ByteArrayContent(bytes), field, fileName } };

    internal static byte[] DecisionDocx() => DocumentFiles.Docx(
        ["Lấy ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia.", "Quyết định này có hiệu lực từ ngày ký ban hành."],
        "QUYẾT ĐỊNH Về Ngày Chuyển đổi số quốc gia",
        [("Chỉ tiêu", "Mức"), ("Dịch vụ công trực tuyến", "80%")]);

    private PassageIndex Passages => _bot.Host.Services.GetRequiredService<ContentCatalog>().Passages;

    [Fact]
    public async Task A_publisher_uploads_a_docx_and_its_passages_are_in_force_at_once_and_audited()
    {
        var publisher = await _bot.AsAsync("publisher");

        using var response = await publisher.PutAsync(TextUrl(Decision), Form("quyet-dinh-505.docx", DecisionDocx()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var uploaded = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((Decision, "docx", "quyet-dinh-505.docx", "publisher"), (uploaded.GetProperty("number").GetString(), uploaded.GetProperty("format").GetString(), uploaded.GetProperty("fileName").GetString(), uploaded.GetProperty("uploadedBy").GetString()));
        Assert.True(uploaded.GetProperty("passages").GetInt32() >= 1);

        var passages = await publisher.GetFromJsonAsync<JsonElement>(PassagesUrl(Decision));
        Assert.Equal(uploaded.GetProperty("passages").GetInt32(), passages.GetArrayLength());
        Assert.Equal(Enumerable.Range(0, passages.GetArrayLength()), passages.EnumerateArray().Select(p => p.GetProperty("order").GetInt32()));
        var all = string.Join("\n", passages.EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        Assert.Contains("Lấy ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia.", all, StringComparison.Ordinal);
        Assert.Contains(passages.EnumerateArray(), p => p.GetProperty("headingPath").GetString()!.StartsWith("Điều 1.", StringComparison.Ordinal));
        Assert.Contains("Dịch vụ công trực tuyến | Mức: 80%", all, StringComparison.Ordinal);
        Assert.Equal(passages.GetArrayLength(), Passages.Of(Decision).Count);

        var text = await publisher.GetFromJsonAsync<JsonElement>(TextUrl(Decision));
        Assert.StartsWith("QUYẾT ĐỊNH Về Ngày Chuyển đổi số quốc gia\nĐiều 1.", text.GetProperty("text").GetString(), StringComparison.Ordinal);
        var audit = await publisher.GetFromJsonAsync<JsonElement>($"/admin/api/audit?target={Uri.EscapeDataString(Decision)}");
        Assert.Equal("document.text.upload", audit[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_pdf_is_read_and_a_new_upload_replaces_the_text_whole()
    {
        var publisher = await _bot.AsAsync("publisher");
        (await publisher.PutAsync(TextUrl(Decision), Form("cu.docx", DecisionDocx()))).EnsureSuccessStatusCode();

        using var response = await publisher.PutAsync(TextUrl(Decision), Form("ban-moi.pdf", DocumentFiles.Pdf("Article 1. October 10 is National Digital Transformation Day.", "Article 2. This decision takes effect on signing.")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var all = string.Join("\n", Passages.Of(Decision).Select(p => p.Text));
        Assert.Contains("October 10 is National Digital Transformation Day", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Lấy ngày 10 tháng 10", all, StringComparison.Ordinal);
        await using var db = await Db();
        Assert.Equal("pdf", (await db.DocumentTexts.SingleAsync(t => t.Number == Decision)).Format);
    }

    [Fact]
    public async Task Removing_the_text_removes_its_passages()
    {
        var publisher = await _bot.AsAsync("publisher");
        (await publisher.PutAsync(TextUrl(Decision), Form("quyet-dinh.docx", DecisionDocx()))).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NoContent, (await publisher.DeleteAsync(TextUrl(Decision))).StatusCode);

        Assert.Empty(Passages.Of(Decision));
        Assert.Equal(HttpStatusCode.NotFound, (await publisher.GetAsync(TextUrl(Decision))).StatusCode);
        Assert.Equal(0, (await publisher.GetFromJsonAsync<JsonElement>(PassagesUrl(Decision))).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await publisher.DeleteAsync(TextUrl(Decision))).StatusCode);
    }

    public static TheoryData<string, byte[], string, HttpStatusCode, string> BadFiles => new()
    {
        { "trong.txt", [], "empty", HttpStatusCode.BadRequest, "Tệp trống" },
        { "trang.docx", DocumentFiles.Docx([], "", []), "empty", HttpStatusCode.BadRequest, "Tệp trống" },
        { "lon.txt", Encoding.UTF8.GetBytes(new string('a', MaxBytes + 1)), "too-large", HttpStatusCode.RequestEntityTooLarge, "Tệp quá lớn (tối đa 1 MB)" },
        { "rat-lon.txt", Encoding.UTF8.GetBytes(new string('a', MaxBytes * 10)), "too-large", HttpStatusCode.RequestEntityTooLarge, "Tệp quá lớn (tối đa 1 MB)" },
        { "van-ban.doc", Encoding.UTF8.GetBytes("Điều 1."), "wrong-type", HttpStatusCode.UnsupportedMediaType, "Chỉ nhận tệp .docx, .pdf hoặc .txt" },
        { "mat-khau.pdf", DocumentFiles.EncryptedPdf(), "encrypted", HttpStatusCode.BadRequest, "Tệp PDF được mã hóa (đặt mật khẩu), không đọc được nội dung. Vui lòng gỡ mật khẩu rồi tải lại." },
        { "ban-scan.pdf", DocumentFiles.ScannedPdf(), "scanned", HttpStatusCode.BadRequest, "Tệp PDF chỉ có hình ảnh (bản scan), không có chữ để đọc." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_naming_the_field_file_with_a_code_and_nothing_is_stored(string fileName, byte[] bytes, string code, HttpStatusCode status, string message)
    {
        var publisher = await _bot.AsAsync("publisher");
        var revision = await _bot.Host.Services.GetRequiredService<ContentStore>().RevisionAsync(CancellationToken.None);

        using var response = await publisher.PutAsync(TextUrl(Decision), Form(fileName, bytes));

        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.StartsWith(message, problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(problem.GetProperty("errors").GetProperty("file")[0].GetString(), problem.GetProperty("detail").GetString());
        await AssertNothingStoredAsync(revision);
    }

    [Fact]
    public async Task A_form_without_the_file_field_or_no_form_at_all_is_refused()
    {
        var publisher = await _bot.AsAsync("publisher");
        var revision = await _bot.Host.Services.GetRequiredService<ContentStore>().RevisionAsync(CancellationToken.None);

        using var noField = await publisher.PutAsync(TextUrl(Decision), Form("a.txt", Encoding.UTF8.GetBytes("Điều 1."), field: "tep"));
        using var noForm = await publisher.PutAsync(TextUrl(Decision), new StringContent("Điều 1.", Encoding.UTF8, "text/plain"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.UnsupportedMediaType), (noField.StatusCode, noForm.StatusCode));
        Assert.Equal("missing", (await noField.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        await AssertNothingStoredAsync(revision);
    }

    [Fact]
    public async Task Editors_read_texts_and_passages_but_cannot_change_them_and_unknown_documents_are_not_found()
    {
        var editor = await _bot.AsAsync("editor");
        var publisher = await _bot.AsAsync("publisher");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsync(TextUrl(Decision), Form("a.docx", DecisionDocx()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.DeleteAsync(TextUrl(Decision))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(PassagesUrl(Decision))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publisher.PutAsync(TextUrl("1/QĐ-KHONGCO"), Form("a.docx", DecisionDocx()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(PassagesUrl("1/QĐ-KHONGCO"))).StatusCode);
    }

    [Fact]
    public async Task The_documents_list_says_which_have_a_text_and_in_how_many_passages()
    {
        var publisher = await _bot.AsAsync("publisher");
        (await publisher.PutAsync(TextUrl(Decision), Form("quyet-dinh.docx", DecisionDocx()))).EnsureSuccessStatusCode();

        var list = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/document-texts");

        var decision = list.EnumerateArray().Single(d => d.GetProperty("number").GetString() == Decision);
        Assert.True(decision.GetProperty("hasText").GetBoolean());
        Assert.Equal(Passages.Of(Decision).Count, decision.GetProperty("passages").GetInt32());
        Assert.Contains(list.EnumerateArray(), d => !d.GetProperty("hasText").GetBoolean());
    }

    [Fact]
    public async Task The_text_endpoints_are_in_the_openapi_document()
    {
        var openApi = await _bot.Anonymous().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/admin/api/documents/{number}/text", openApi, StringComparison.Ordinal);
        Assert.Contains("/admin/api/documents/{number}/passages", openApi, StringComparison.Ordinal);
        Assert.Contains("multipart/form-data", openApi, StringComparison.Ordinal);
    }

    private async Task AssertNothingStoredAsync(string revisionBefore)
    {
        await using var db = await Db();
        Assert.Empty(await db.DocumentTexts.Where(t => t.Number == Decision).ToListAsync());
        Assert.DoesNotContain(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a.StartsWith("document.text", StringComparison.Ordinal));
        Assert.Equal(revisionBefore, await _bot.Host.Services.GetRequiredService<ContentStore>().RevisionAsync(CancellationToken.None));
        Assert.Empty(Passages.Of(Decision));
    }

    private async Task<CdsBotDbContext> Db() =>
        await _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
}
