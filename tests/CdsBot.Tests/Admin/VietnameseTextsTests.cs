using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CdsBot.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Admin;

/// <summary>
/// No English reaches a citizen or a staff member: the texts of the staff and chat pages, and the problem details the
/// admin API answers with, read as Vietnamese.
/// </summary>
public sealed partial class VietnameseTextsTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    // Words that mark a sentence as English; none of them is a Vietnamese word written without diacritics.
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "is", "are", "was", "were", "be", "not", "must", "please", "cannot", "could", "would", "should", "such", "has", "have",
        "of", "for", "with", "this", "that", "and", "your", "you", "it", "from", "already", "required", "invalid", "failed", "error",
        "unknown", "missing", "exists", "only", "can", "there", "no", "which", "what", "when", "every", "an", "to", "or", "by",
        "more", "errors", "occurred", "found", "request", "too", "large", "unsupported", "media", "type",
    };

    /// <summary>
    /// Whether <paramref name="text"/> holds English: a run of three or more plain (unaccented) words, two of them English
    /// words, or a whole text of two such words. Identifiers ("item-question") and selectors are not words.
    /// </summary>
    public static bool IsEnglish(string text)
    {
        var tokens = Placeholder().Replace(text, " ").Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim('(', ')', ',', '.', ':', ';', '!', '?', '"', '\'', '“', '”'))
            .ToList();
        var run = new List<string>();
        foreach (var token in tokens.Append("ĐẾN-HẾT"))
        {
            if (PlainWord().IsMatch(token))
            {
                run.Add(token);
                continue;
            }

            var english = run.Count(English.Contains);
            if (english >= 2 && (run.Count >= 3 || run.Count == tokens.Count))
            {
                return true;
            }

            run.Clear();
        }

        return false;
    }

    [Theory]
    [InlineData("The file is empty.", true)]
    [InlineData("Thiếu cột bắt buộc (the header row must name every column).", true)]
    [InlineData("Replies cannot be pushed to the web channel.", true)]
    [InlineData("Đã gắn và đăng: từ bây giờ bot trả lời câu hỏi này.", false)]
    [InlineData("#tab-reference .publisher", false)]
    [InlineData("One or more validation errors occurred.", true)]
    [InlineData("Not Found", true)]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false)]
    public void The_English_test_tells_english_from_vietnamese_and_code(string text, bool english) => Assert.Equal(english, IsEnglish(text));

    [Fact]
    public void The_staff_and_chat_pages_show_no_english()
    {
        var root = _bot.Host.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        var files = Directory.GetFiles(Path.Combine(root, "admin")).Concat(Directory.GetFiles(root, "chat.*")).Concat(Directory.GetFiles(root, "*.html"))
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Contains(files, f => f.EndsWith("queue.js", StringComparison.Ordinal));

        var found = files.SelectMany(file => Texts(File.ReadAllText(file), file.EndsWith(".html", StringComparison.Ordinal)).Where(IsEnglish).Select(t => $"{Path.GetFileName(file)}: {t}")).ToList();

        Assert.Empty(found);
    }

    [Fact]
    public async Task The_admin_api_explains_refusals_in_vietnamese()
    {
        var publisher = await _bot.AsAsync("publisher");
        var admin = await _bot.AsAsync("admin");
        var questionId = await QueuedQuestionAsync(publisher);
        var responses = new List<HttpResponseMessage>
        {
            await publisher.PostAsJsonAsync("/admin/api/items", new { id = "X", content = new { } }),
            await publisher.PostAsJsonAsync("/admin/api/items", new { id = "muc-thu", content = new { topic = "khong-co", locality = "khong-co", sources = new[] { "0/XX" } } }),
            await publisher.PostAsJsonAsync("/admin/api/items", new { id = "vneid-la-gi", content = new { topic = "ky-nang-so", question = "Câu hỏi?", answer = "Trả lời." } }),
            await publisher.PostAsync("/admin/api/items/vneid-la-gi/approve", null),
            await publisher.PostAsync("/admin/api/items/vneid-la-gi/submit", null),
            await publisher.PostAsync("/admin/api/items/vneid-la-gi/rollback/99", null),
            await publisher.PutAsJsonAsync("/admin/api/synonyms", new { term = "", means = "" }),
            await publisher.PutAsJsonAsync("/admin/api/synonyms", new { term = "ko", means = "không" }),
            await publisher.PutAsJsonAsync("/admin/api/shorthand", new { term = "", means = "" }),
            await publisher.PutAsJsonAsync("/admin/api/shorthand", new { term = "bhyt", means = "bảo hiểm y tế" }),
            await publisher.DeleteAsync("/admin/api/shorthand"),
            await publisher.PutAsJsonAsync("/admin/api/documents", new { number = "", type = "", issuer = "", title = "", text = "toàn văn" }),
            await publisher.PostAsJsonAsync("/admin/api/try", new { question = "" }),
            await publisher.PostAsJsonAsync("/admin/api/unanswered/999999/attach", new { itemId = "vneid-la-gi" }),
            await publisher.PostAsJsonAsync($"/admin/api/unanswered/{questionId}/attach", new { itemId = "" }),
            await publisher.PostAsJsonAsync($"/admin/api/unanswered/{questionId}/attach", new { itemId = "khong-co-muc-nay" }),
            await publisher.PostAsJsonAsync("/admin/api/unanswered/dismiss", new { questionIds = Array.Empty<long>() }),
            await publisher.PostAsJsonAsync("/admin/api/campaigns", new { }),
            await publisher.PostAsJsonAsync("/admin/api/handoffs/999999/reply", new { text = "" }),
            await admin.PostAsJsonAsync("/admin/api/users", new { userName = "editor", password = StaffBot.Password, role = "editor" }),
            await publisher.PostAsync("/admin/api/items/import?format=csv", new StringContent("id,question", Encoding.UTF8, "text/plain")),
            await publisher.PostAsync("/admin/api/items/import?format=xlsx", new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new("application/octet-stream") } }),
            await publisher.PostAsync("/admin/api/items/import?format=csv", new StringContent("id,question\n", Encoding.UTF8, "text/csv")),
            await publisher.PostAsync("/admin/api/items/import?format=csv", new ByteArrayContent(Encoding.UTF8.GetBytes(CdsBot.Admin.Import.CsvTable.Write(
                ImportExportTests.Sheet(ImportExportTests.Row("Sai Ma", "khong-co", "", "", "mai"))))) { Headers = { ContentType = new("text/csv") } }),
        };

        var texts = new List<string>();
        foreach (var response in responses)
        {
            Assert.False(response.IsSuccessStatusCode, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri} succeeded");
            var body = await response.Content.ReadAsStringAsync();
            if (body.Length > 0)
            {
                texts.AddRange(Strings(JsonDocument.Parse(body).RootElement).Select(t => $"{response.RequestMessage!.RequestUri!.AbsolutePath}: {t}"));
            }
        }

        Assert.Contains(texts, t => t.Contains("Cần", StringComparison.Ordinal) || t.Contains("Thiếu", StringComparison.Ordinal));
        var english = texts.Where(t => IsEnglish(t[(t.IndexOf(": ", StringComparison.Ordinal) + 2)..])).ToList();
        Assert.Empty(english);
    }

    private async Task<long> QueuedQuestionAsync(HttpClient staff)
    {
        await new ChatClient(_bot.Anonymous(), "c-vi", "u-vi").SayAsync("cách nấu canh chua cá lóc");
        return (await staff.GetFromJsonAsync<JsonElement>("/admin/api/unanswered"))[0].GetProperty("questionIds")[0].GetInt64();
    }

    /// <summary>The texts a problem document carries for people: title, detail, the errors' messages (not type links or field names).</summary>
    private static IEnumerable<string> Strings(JsonElement element, string? name = null) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name is not ("type" or "traceId" or "instance" or "column" or "code")).SelectMany(p => Strings(p.Value, p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Strings(e, name)),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    /// <summary>
    /// What a page can show: in HTML the text between tags and the placeholder, label, title and alt attributes (scripts and
    /// styles left out); in scripts every string literal, comments left out.
    /// </summary>
    private static IEnumerable<string> Texts(string source, bool html)
    {
        if (html)
        {
            var markup = ScriptOrStyle().Replace(source, " ");
            return Attribute().Matches(markup).Select(m => m.Groups[1].Value)
                .Concat(Tag().Split(markup).Select(t => System.Net.WebUtility.HtmlDecode(t).Trim()))
                .Concat(Texts(string.Concat(ScriptBody().Matches(source).Select(m => m.Groups[1].Value)), html: false))
                .Where(t => t.Length > 0);
        }

        var code = LineComment().Replace(source, "$1");
        return Literal().Matches(code).Select(m => m.Value[1..^1]);
    }

    [GeneratedRegex(@"^[A-Za-z']+$")]
    private static partial Regex PlainWord();

    [GeneratedRegex(@"\$\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<script\b[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptBody();

    [GeneratedRegex(@"\b(?:placeholder|aria-label|title|alt)=""([^""]*)""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(^|\s)//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`")]
    private static partial Regex Literal();
}
