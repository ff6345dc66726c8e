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
        Assert.Contains("Anh/Chị đã hoàn thành lượt thi: đúng 2/3 câu.", Text(done), StringComparison.Ordinal);
        Assert.Contains("Câu hỏi phụ (dùng để xếp hạng khi bằng số câu đúng và thời gian): Dự đoán số người tham gia", Text(done), StringComparison.Ordinal);

        // Skipping the phone number still finishes with the provisional rank.
        await citizen.SayAsync("120");
        var thanked = await citizen.PressAsync("PHONE_SKIP");
        Assert.Contains("Cảm ơn Anh/Chị đã tham gia! Xếp hạng tạm thời: 1/1.", Text(thanked), StringComparison.Ordinal);

        var once = await citizen.PressAsync(go);
        Assert.StartsWith("Anh/Chị đã thi vòng này rồi", Text(once), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_answer_asks_the_prediction_then_a_phone_number_given_with_consent_and_the_answers_are_shown_after_the_round_closes()
    {
        await ContestSeed.OpenRoundAsync(_host.Services, _time.GetUtcNow());
        var citizen = new ChatClient(_host.CreateClient(), "c-du-doan", "u-du-doan");
        var question = await citizen.PressAsync(Buttons(await citizen.SayAsync("thi")).Single(b => b.Title == "Bắt đầu").Payload);
        question = await citizen.PressAsync(await AnswerButtonAsync(question, right: true));
        question = await citizen.PressAsync(await AnswerButtonAsync(question, right: false));
        var done = await citizen.PressAsync(await AnswerButtonAsync(question, right: true));
        Assert.Contains("đúng 2/3 câu.", Text(done), StringComparison.Ordinal);

        var retry = await citizen.SayAsync("chắc nhiều lắm");
        Assert.StartsWith("Anh/Chị nhắn một số nguyên không âm", Text(retry), StringComparison.Ordinal);
        var contact = await citizen.SayAsync("khoảng 1.500 người");
        Assert.Equal(ContestDialog.ContactQuestion, Text(contact));
        Assert.Equal(["Bỏ qua"], Buttons(contact).Select(b => b.Title));

        var thanked = await citizen.SayAsync("0912 345 678");
        Assert.StartsWith("Đã ghi nhận số điện thoại để liên hệ trao giải. Cảm ơn Anh/Chị đã tham gia! Xếp hạng tạm thời: 1/1.", Text(thanked), StringComparison.Ordinal);
        Assert.Contains("khi đó Anh/Chị gõ \"kết quả thi\" để xem.", Text(thanked), StringComparison.Ordinal);

        var attempt = await ContestSeed.AttemptAsync(_host.Services, "u-du-doan");
        Assert.Equal(1500, attempt.Prediction);
        Assert.Equal("0912345678", attempt.ContactPhone);
        Assert.Equal(_time.GetUtcNow(), attempt.ContactConsentAt);
        Assert.Equal(ContestDialog.ContactWording, attempt.ContactConsentWording);

        var early = await citizen.SayAsync("kết quả thi");
        Assert.Equal("contest_result", early.GetProperty("trace").GetProperty("intent").GetString());
        Assert.Contains("Anh/Chị đúng 2/3 câu. Xếp hạng tạm thời: 1/1.", Text(early), StringComparison.Ordinal);
        Assert.Contains("Đáp án đúng được công bố khi vòng thi kết thúc", Text(early), StringComparison.Ordinal);
        Assert.DoesNotContain("→", Text(early), StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromDays(8));
        var after = Text(await citizen.SayAsync("xem dap an"));
        Assert.Contains("Xếp hạng chung cuộc: 1/1.", after, StringComparison.Ordinal);
        var lines = after.Split('\n');
        Assert.Equal(2, lines.Count(l => l.StartsWith("→ ", StringComparison.Ordinal) && l.EndsWith('✓')));
        Assert.Single(lines, l => l.EndsWith("(Anh/Chị chưa đúng)", StringComparison.Ordinal));
        foreach (var id in attempt.Drawn)
        {
            var right = await ContestSeed.RightChoiceAsync(_host.Services, id);
            var text = $"Câu hỏi {await ContestSeed.QuestionIndexAsync(_host.Services, id)}?";
            var at = Array.FindIndex(lines, l => l.EndsWith(text, StringComparison.Ordinal));
            Assert.StartsWith($"→ {"ABC"[right]} ", lines[at + 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_prediction_is_taken_once_and_only_while_the_round_is_open()
    {
        var round = await ContestSeed.OpenRoundAsync(_host.Services, _time.GetUtcNow());
        var engine = _host.Services.GetRequiredService<IContestDesk>();
        var start = await engine.StartAsync(round, "webchat", "u-1", CancellationToken.None);
        Assert.False(await engine.PredictAsync(start.Question!.AttemptId, "webchat", "u-1", 10, CancellationToken.None)); // not finished yet
        var question = start.Question;
        for (var i = 0; i < 3; i++)
        {
            question = (await engine.AnswerAsync(question!.AttemptId, "webchat", "u-1", i, question.QuestionId, 0, null, CancellationToken.None)).Next;
        }

        var attempt = start.Question.AttemptId;
        Assert.False(await engine.PredictAsync(attempt, "webchat", "someone-else", 10, CancellationToken.None));
        Assert.True(await engine.PredictAsync(attempt, "webchat", "u-1", 10, CancellationToken.None));
        Assert.False(await engine.PredictAsync(attempt, "webchat", "u-1", 11, CancellationToken.None));
        Assert.Equal(10, (await ContestSeed.AttemptAsync(_host.Services, "u-1")).Prediction);

        var late = await engine.StartAsync(round, "webchat", "u-2", CancellationToken.None);
        question = late.Question;
        for (var i = 0; i < 3; i++)
        {
            question = (await engine.AnswerAsync(question!.AttemptId, "webchat", "u-2", i, question.QuestionId, 0, null, CancellationToken.None)).Next;
        }

        _time.Advance(TimeSpan.FromDays(8));
        Assert.False(await engine.PredictAsync(late.Question!.AttemptId, "webchat", "u-2", 2, CancellationToken.None));
        Assert.Null((await ContestSeed.AttemptAsync(_host.Services, "u-2")).Prediction);
    }

    [Fact]
    public async Task With_no_round_open_thi_says_so()
    {
        var reply = await new ChatClient(_host.CreateClient(), "c-x", "u-x").SayAsync("thi");

        Assert.StartsWith("Hiện chưa có cuộc thi nào đang mở.", Text(reply), StringComparison.Ordinal);
        Assert.Equal("contest", reply.GetProperty("trace").GetProperty("intent").GetString());
    }
}
