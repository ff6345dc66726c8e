using System.Text.Json;
using CdsBot.Dialogs.Flows.Contests;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Contests;

/// <summary>A citizen plays a contest round through /api/chat against the real database: join, answer, time out, leave and resume, finish.</summary>
public sealed class ContestChatTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 10, 1, 0, 0, TimeSpan.Zero));
    private readonly BotHost _host;

    public ContestChatTests() => _host = new BotHost(services: s => s.AddSingleton<TimeProvider>(_time));

    public void Dispose() => _host.Dispose();

    private static string Text(JsonElement reply) => string.Join("\n", reply.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()));

    private static List<(string Title, string Payload)> Buttons(JsonElement reply) =>
        [.. reply.GetProperty("replies").EnumerateArray().Last().GetProperty("quickReplies").EnumerateArray().Select(q => (q.GetProperty("title").GetString()!, q.GetProperty("payload").GetString()!))];

    /// <summary>The button of the right (or a wrong) answer to the question a reply asks.</summary>
    private async Task<string> AnswerButtonAsync(JsonElement reply, bool right)
    {
        var buttons = Buttons(reply);
        var (_, _, question, _) = ContestPayloads.ReadAnswer(buttons[0].Payload)!.Value;
        var correct = await ContestSeed.RightChoiceAsync(_host.Services, question);
        return buttons[right ? correct : (correct + 1) % 3].Payload;
    }

    [Fact]
    public async Task A_full_attempt_with_a_timeout_a_question_in_between_and_a_resume()
    {
        await ContestSeed.OpenRoundAsync(_host.Services, _time.GetUtcNow());
        var citizen = new ChatClient(_host.CreateClient(), "c-thi", "u-thi");

        var intro = await citizen.SayAsync("thi");
        Assert.Contains("Cuộc thi tìm hiểu về chuyển đổi số – Vòng 1", Text(intro), StringComparison.Ordinal);
        Assert.Contains("Mỗi lượt thi có 3 câu hỏi, mỗi câu 30 giây", Text(intro), StringComparison.Ordinal);
        var go = Buttons(intro).Single(b => b.Title == "Bắt đầu").Payload;

        var first = await citizen.PressAsync(go);
        Assert.StartsWith("Câu 1/3 (30 giây): Câu hỏi ", Text(first), StringComparison.Ordinal);
        Assert.Equal(["A", "B", "C"], Buttons(first).Select(b => b.Title));

        var second = await citizen.PressAsync(await AnswerButtonAsync(first, right: true));
        Assert.StartsWith("Chính xác!\n\nCâu 2/3", Text(second), StringComparison.Ordinal);

        // Pressing the first question's button again counts for nothing.
        var again = await citizen.PressAsync(await AnswerButtonAsync(first, right: true));
        Assert.Equal("contest_refused", again.GetProperty("trace").GetProperty("intent").GetString());

        _time.Advance(TimeSpan.FromSeconds(31));
        var third = await citizen.PressAsync(await AnswerButtonAsync(second, right: true));
        Assert.StartsWith("Hết thời gian cho câu này, câu trả lời không được tính.\n\nCâu 3/3", Text(third), StringComparison.Ordinal);

        // A question typed in between is answered as usual; "thi" then "Bắt đầu" resume at the third question.
        var asked = await citizen.SayAsync("vneid là gì");
        Assert.Equal("faq", asked.GetProperty("trace").GetProperty("intent").GetString());
        var resumed = await citizen.PressAsync(Buttons(await citizen.SayAsync("thi")).Single(b => b.Title == "Bắt đầu").Payload);
        Assert.StartsWith("Anh/Chị thi tiếp từ câu đang dở.\n\nCâu 3/3", Text(resumed), StringComparison.Ordinal);

        var done = await citizen.PressAsync(await AnswerButtonAsync(resumed, right: true));
        Assert.Equal("contest_done", done.GetProperty("trace").GetProperty("intent").GetString());
        Assert.Contains("đúng 2/3 câu. Xếp hạng tạm thời: 1/1.", Text(done), StringComparison.Ordinal);

        var once = await citizen.PressAsync(go);
        Assert.StartsWith("Anh/Chị đã thi vòng này rồi", Text(once), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_round_open_thi_says_so()
    {
        var reply = await new ChatClient(_host.CreateClient(), "c-x", "u-x").SayAsync("thi");

        Assert.StartsWith("Hiện chưa có cuộc thi nào đang mở.", Text(reply), StringComparison.Ordinal);
        Assert.Equal("contest", reply.GetProperty("trace").GetProperty("intent").GetString());
    }
}
