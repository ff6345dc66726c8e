using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CdsBot.Tests.Admin.Documents;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Admin.Items;

/// <summary>Submitting and approving an item return the content check's findings on it as warnings; publishing goes on.</summary>
public sealed class PublishCheckTests : IDisposable
{
    private const string Decision = DocumentTextsApiTests.Decision;

    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private async Task<(HttpClient Editor, HttpClient Publisher)> DraftAsync(string id, string answer)
    {
        var (editor, publisher) = (await _bot.AsAsync("editor"), await _bot.AsAsync("publisher"));
        using var text = await publisher.PutAsync(
            DocumentTextsApiTests.TextUrl(Decision),
            DocumentTextsApiTests.Form("quyet-dinh.txt", Encoding.UTF8.GetBytes("Các đơn vị báo cáo kết quả trước ngày 15/7 hằng năm.")));
        text.EnsureSuccessStatusCode();
        using var created = await editor.PostAsJsonAsync("/admin/api/items", new
        {
            id,
            content = new { topic = "ngay-cds", question = "Báo cáo kết quả trước ngày nào?", answer, sources = new[] { Decision } },
        });
        created.EnsureSuccessStatusCode();
        return (editor, publisher);
    }

    private static List<(string Rule, string Fact, string Message)> Warnings(JsonElement item) =>
        [.. item.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("rule").GetString()!, w.GetProperty("fact").GetString()!, w.GetProperty("message").GetString()!))];

    [Fact]
    public async Task An_answer_saying_15_6_where_its_source_says_15_7_is_published_with_a_warning_naming_the_fact()
    {
        var (editor, publisher) = await DraftAsync("han-bao-cao", "Anh/Chị báo cáo kết quả trước ngày 15/6 hằng năm.");

        using var submitted = await editor.PostAsync("/admin/api/items/han-bao-cao/submit", null);
        using var approved = await publisher.PostAsync("/admin/api/items/han-bao-cao/approve", null);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var item = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("published", item.GetProperty("status").GetString());
        var (rule, fact, message) = Assert.Single(Warnings(item));
        Assert.Equal(("source", "15/6"), (rule, fact));
        Assert.Equal("«15/6» không có trong văn bản nguồn (505/QĐ-TTg): Anh/Chị đối chiếu lại với văn bản trước khi đăng.", message);
        var atSubmit = Assert.Single(Warnings(await submitted.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(("source", "15/6"), (atSubmit.Rule, atSubmit.Fact));
    }

    [Fact]
    public async Task An_answer_its_source_states_in_the_house_tone_has_no_warning()
    {
        var (editor, publisher) = await DraftAsync("han-bao-cao", "Anh/Chị báo cáo kết quả trước ngày 15 tháng 7 hằng năm, theo Quyết định 505/QĐ-TTg.");
        (await editor.PostAsync("/admin/api/items/han-bao-cao/submit", null)).EnsureSuccessStatusCode();

        using var approved = await publisher.PostAsync("/admin/api/items/han-bao-cao/approve", null);

        Assert.Empty(Warnings(await approved.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task A_bare_opening_is_a_tone_warning()
    {
        var (editor, _) = await DraftAsync("han-bao-cao", "Được. Anh/Chị báo cáo trước ngày 15/7.");

        using var submitted = await editor.PostAsync("/admin/api/items/han-bao-cao/submit", null);

        var (rule, fact, message) = Assert.Single(Warnings(await submitted.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(("tone", "Được."), (rule, fact));
        Assert.StartsWith("Câu trả lời mở đầu cụt bằng «Được.»", message, StringComparison.Ordinal);
    }
}
