using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Admin.TryIt;

/// <summary>The try-it panel shows the excerpt of a document the bot would quote, as the chat does.</summary>
public sealed class TryItApiTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private async Task<JsonElement> TryAsync(string question) =>
        await (await (await _bot.AsAsync("editor")).PostAsJsonAsync("/admin/api/try", new { question, includeDrafts = false }))
            .Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task A_question_only_a_plan_answers_shows_the_excerpt_the_chat_quotes()
    {
        const string question = "Phương châm hành động của Tỉnh ủy Trà Vinh nhiệm kỳ 2020-2025 là gì?";

        var tried = await TryAsync(question);
        var chat = await new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u").SayAsync(question);

        Assert.Equal("document", tried.GetProperty("band").GetString());
        var passage = tried.GetProperty("passage");
        Assert.Equal("63-KH/BTGTU", passage.GetProperty("documentNumber").GetString());
        Assert.False(passage.GetProperty("beside").GetBoolean());
        Assert.StartsWith("Theo Kế hoạch 63-KH/BTGTU", passage.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
        Assert.Equal(passage.GetProperty("id").GetString(), chat.GetProperty("trace").GetProperty("passageId").GetString());
    }

    [Fact]
    public async Task A_detail_an_item_only_summarizes_shows_the_item_with_the_excerpt_beside_it()
    {
        var tried = await TryAsync("Sở Tài chính Thái Bình có nhiệm vụ gì trong kế hoạch truyền thông chuyển đổi số?");

        Assert.Equal("answered", tried.GetProperty("band").GetString());
        Assert.True(tried.GetProperty("passage").GetProperty("beside").GetBoolean());
        Assert.Contains("Sở Tài chính", tried.GetProperty("passage").GetProperty("excerpt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_asking_an_amount_no_item_states_is_offered_as_in_the_chat_and_says_why()
    {
        const string question = "nộp lệ phí thủ tục trực tuyến hết bao nhiêu tiền";

        var tried = await TryAsync(question);
        var chat = await new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u").SayAsync(question);

        Assert.Equal("money", tried.GetProperty("askedFigure").GetString());
        Assert.NotEqual("answered", tried.GetProperty("band").GetString());
        Assert.Equal(JsonValueKind.Null, tried.GetProperty("answeredItemId").ValueKind);
        Assert.Equal(JsonValueKind.Null, chat.GetProperty("trace").TryGetProperty("contentId", out var answered) ? answered.ValueKind : JsonValueKind.Null);
    }

    [Fact]
    public async Task An_item_that_answers_alone_shows_no_excerpt()
    {
        var tried = await TryAsync("VNeID là gì");

        Assert.Equal("answered", tried.GetProperty("band").GetString());
        Assert.Equal(JsonValueKind.Null, tried.GetProperty("passage").ValueKind);
    }
}
