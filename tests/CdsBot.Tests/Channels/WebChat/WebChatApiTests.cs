using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Channels.WebChat;

public sealed class WebChatApiTests : IClassFixture<WebChatApiTests.Host>
{
    public sealed class Host : IDisposable
    {
        public BotHost Bot { get; } = new();

        public void Dispose() => Bot.Dispose();
    }

    private readonly HttpClient _http;

    public WebChatApiTests(Host host) => _http = host.Bot.CreateClient();

    [Fact]
    public async Task Xin_chao_gets_the_main_menu_as_quick_replies()
    {
        var answer = await new ChatClient(_http, "c-greet", "u-greet").SayAsync("xin chào");

        var reply = Assert.Single(answer.GetProperty("replies").EnumerateArray());
        Assert.StartsWith("Xin chào Anh/Chị!", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["Nghị quyết – văn bản", "Dịch vụ công trực tuyến", "Kỹ năng số", "Ngày Chuyển đổi số 10/10", "Hướng dẫn từng bước", "Học kỹ năng số", "Quyền riêng tư", "Gặp cán bộ"],
            reply.GetProperty("quickReplies").EnumerateArray().Select(q => q.GetProperty("title").GetString()));
        var trace = answer.GetProperty("trace");
        Assert.Equal("greeting", trace.GetProperty("intent").GetString());
        Assert.Equal(JsonValueKind.Null, trace.GetProperty("contentId").ValueKind);
        Assert.Equal(JsonValueKind.Null, trace.GetProperty("score").ValueKind);
    }

    [Fact]
    public async Task A_curated_question_names_the_item_and_its_score_in_the_trace()
    {
        var answer = await new ChatClient(_http, "c-faq", "u-faq").SayAsync("Nghị quyết 57-NQ/TW ra đời ngày nào?");

        Assert.Contains("22/12/2024", ChatClient.Text(answer), StringComparison.Ordinal);
        Assert.Equal("nq57-ngay-ban-hanh", answer.GetProperty("trace").GetProperty("contentId").GetString());
        Assert.True(answer.GetProperty("trace").GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task A_pressed_quick_reply_is_sent_as_a_payload()
    {
        var chat = new ChatClient(_http, "c-press", "u-press");
        var menu = await chat.SayAsync("menu");
        var topic = menu.GetProperty("replies")[0].GetProperty("quickReplies").EnumerateArray()
            .First(q => q.GetProperty("title").GetString() == "Ngày Chuyển đổi số 10/10").GetProperty("payload").GetString()!;

        var listing = await chat.PressAsync(topic);
        var question = listing.GetProperty("replies")[0].GetProperty("quickReplies")[0].GetProperty("payload").GetString()!;
        var answer = await chat.PressAsync(question);

        Assert.Contains("10/10", ChatClient.Text(answer), StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, answer.GetProperty("trace").GetProperty("contentId").ValueKind);
    }

    [Theory]
    [InlineData("""{"userId":"u","text":"hi"}""", "conversationId")]
    [InlineData("""{"conversationId":"","userId":"u","text":"hi"}""", "conversationId")]
    [InlineData("""{"conversationId":"c","text":"hi"}""", "userId")]
    [InlineData("""{"conversationId":"c","userId":"u"}""", "text")]
    [InlineData("""{"conversationId":"c","userId":"u","text":"   "}""", "text")]
    [InlineData("""{"conversationId":"c","userId":"u","text":"a","payload":"MENU"}""", "payload")]
    public async Task A_missing_or_empty_field_gets_400_naming_the_field(string body, string field)
    {
        using var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.NotEmpty(messages[0].GetString()!);
    }

    [Fact]
    public async Task Oversized_fields_get_400_and_an_oversized_body_gets_413()
    {
        using var longText = await PostRawAsync(JsonSerializer.Serialize(new { conversationId = "c", userId = "u", text = new string('a', 2001) }));
        Assert.Equal(HttpStatusCode.BadRequest, longText.StatusCode);
        Assert.Contains("2000", await longText.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var longId = await PostRawAsync(JsonSerializer.Serialize(new { conversationId = new string('c', 129), userId = "u", text = "hi" }));
        Assert.Equal(HttpStatusCode.BadRequest, longId.StatusCode);

        using var huge = await PostRawAsync(JsonSerializer.Serialize(new { conversationId = "c", userId = "u", text = new string('a', 100_000) }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"conversationId": 5, "userId": "u", "text": "hi"}""")]
    [InlineData("")]
    public async Task Malformed_json_gets_400_with_a_problem_document(string body)
    {
        using var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_service_keeps_answering_after_bad_input()
    {
        using var bad = await PostRawAsync("{not json");
        var good = await new ChatClient(_http, "c-after", "u-after").SayAsync("menu");
        Assert.Equal("menu", good.GetProperty("trace").GetProperty("intent").GetString());
    }

    [Fact]
    public async Task Healthz_reports_healthy()
    {
        var text = await _http.GetStringAsync("/healthz");
        Assert.Equal("Healthy", text);
    }

    [Fact]
    public async Task The_chat_page_is_served_at_the_root_and_uses_the_chat_endpoint()
    {
        var page = await _http.GetStringAsync("/");
        Assert.Contains("<html lang=\"vi\">", page, StringComparison.Ordinal);
        var script = await _http.GetStringAsync("/chat.js");
        Assert.Contains("/api/chat", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_chat_endpoint()
    {
        var document = await _http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/chat", out _));
    }

    private Task<HttpResponseMessage> PostRawAsync(string body) =>
        _http.PostAsync("/api/chat", new StringContent(body, Encoding.UTF8, "application/json"));
}
