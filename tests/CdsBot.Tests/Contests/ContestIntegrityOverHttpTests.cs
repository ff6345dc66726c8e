using System.Text.Json;
using CdsBot.Dialogs.Flows.Contests;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Contests;

/// <summary>
/// The contest's integrity rules as a citizen's phone meets them: buttons pressed over real HTTP (/api/chat) against two
/// hosts on one database, the citizen in two conversations (two tabs) at once.
/// </summary>
public sealed class ContestIntegrityOverHttpTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 10, 1, 0, 0, TimeSpan.Zero));
    private TestDatabase? _database;
    private BotHost _first = null!;
    private BotHost? _second;

    /// <summary>Two hosts on a new database of <paramref name="provider"/>.</summary>
    private void Start(string provider)
    {
        _database = TestDatabase.Create(provider);
        _first = new BotHost(_database, services: s => s.AddSingleton<TimeProvider>(_time));
        _second = new BotHost(_database, services: s => s.AddSingleton<TimeProvider>(_time));
    }

    public void Dispose()
    {
        _second?.Dispose();
        _first?.Dispose();
        _database?.Dispose();
    }

    private static string Intent(JsonElement reply) => reply.GetProperty("trace").GetProperty("intent").GetString()!;

    private static string Text(JsonElement reply) => ChatClient.Text(reply);

    private static List<string> AnswerPayloads(JsonElement reply) =>
        [.. reply.GetProperty("replies").EnumerateArray().Last().GetProperty("quickReplies").EnumerateArray().Select(q => q.GetProperty("payload").GetString()!)];

    private async Task<int> AnswersAsync()
    {
        await using var db = await _first.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        return await db.ContestAnswers.CountAsync();
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task Two_tabs_on_two_hosts_give_one_attempt_and_a_double_submit_counts_once(string provider)
    {
        Start(provider);
        var round = await ContestSeed.OpenRoundAsync(_first.Services, _time.GetUtcNow());
        var onFirst = new ChatClient(_first.CreateClient(), "c-tab-1", "u-1");
        var onSecond = new ChatClient(_second!.CreateClient(), "c-tab-2", "u-1");

        var starts = await Task.WhenAll(onFirst.PressAsync(ContestPayloads.Go(round)), onSecond.PressAsync(ContestPayloads.Go(round)));

        // Both tabs show the one attempt's first question (started on one host, resumed on the other), or one says it was taken.
        var asked = starts.Where(s => Text(s).Contains("Câu 1/3", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(asked);
        Assert.Single(asked.Select(a => ContestPayloads.ReadAnswer(AnswerPayloads(a)[0])!.Value.Attempt).Distinct());
        await using (var db = await _first.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(1, await db.ContestAttempts.CountAsync());
        }

        var button = AnswerPayloads(asked[0])[0];
        var taps = await Task.WhenAll(onFirst.PressAsync(button), onSecond.PressAsync(button));

        var intents = taps.Select(t => $"{Intent(t)}: {Text(t)}").ToList();
        Assert.True(taps.Count(t => Intent(t) == "contest") == 1 && taps.Count(t => Intent(t) == "contest_refused") == 1, string.Join(" | ", intents));
        Assert.Equal(1, await AnswersAsync());
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_replayed_button_another_citizens_button_a_question_not_drawn_and_a_late_answer_are_refused_or_counted_wrong(string provider)
    {
        Start(provider);
        var round = await ContestSeed.OpenRoundAsync(_first.Services, _time.GetUtcNow(), bank: 6);
        var citizen = new ChatClient(_first.CreateClient(), "c-a", "u-a");
        var other = new ChatClient(_second!.CreateClient(), "c-b", "u-b");
        var first = await citizen.PressAsync(ContestPayloads.Go(round));
        var buttons = AnswerPayloads(first);
        var (attempt, position, question, _) = ContestPayloads.ReadAnswer(buttons[0])!.Value;

        // Someone else pressing (or forging) this citizen's button.
        Assert.Equal("contest_refused", Intent(await other.PressAsync(buttons[0])));
        // A question that was not drawn for this place.
        await using (var db = await _first.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync())
        {
            var drawn = (await db.ContestAttempts.SingleAsync(a => a.Id == attempt)).Drawn;
            var notDrawn = await db.ContestQuestions.Where(q => !drawn.Contains(q.Id)).Select(q => q.Id).FirstAsync();
            Assert.Equal("contest_refused", Intent(await citizen.PressAsync($"{ContestPayloads.AnswerPrefix}{attempt}:{position}:{notDrawn}:0")));
            // A place not asked yet.
            Assert.Equal("contest_refused", Intent(await citizen.PressAsync($"{ContestPayloads.AnswerPrefix}{attempt}:1:{drawn[1]}:0")));
        }

        Assert.Equal(0, await AnswersAsync());

        var second = await citizen.PressAsync(buttons[await ContestSeed.RightChoiceAsync(_first.Services, question)]);
        Assert.StartsWith("Chính xác!", Text(second), StringComparison.Ordinal);
        // The same button replayed, on the other host this time.
        Assert.Equal("contest_refused", Intent(await new ChatClient(_second!.CreateClient(), "c-a", "u-a").PressAsync(buttons[0])));

        // Past the 30 s allowed, even the right answer counts as wrong.
        _time.Advance(TimeSpan.FromSeconds(31));
        var next = AnswerPayloads(second);
        var nextQuestion = ContestPayloads.ReadAnswer(next[0])!.Value.Question;
        var late = await citizen.PressAsync(next[await ContestSeed.RightChoiceAsync(_first.Services, nextQuestion)]);
        Assert.StartsWith("Hết thời gian cho câu này, câu trả lời không được tính.", Text(late), StringComparison.Ordinal);

        await using var check = await _first.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        Assert.Equal([true, false], await check.ContestAnswers.OrderBy(a => a.Position).Select(a => a.Correct).ToListAsync());
    }
}
