using CdsBot.Contests;
using CdsBot.Dialogs.Flows.Contests;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Contests;

/// <summary>
/// Contest attempts on the real SQLite database: one attempt per round and channel identity even across two hosts, and
/// the answers that must not count (a double submit, a replayed button, a question not drawn, a place not yet asked)
/// refused, while an answer after the time allowed counts as wrong.
/// </summary>
public sealed class ContestEngineTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 10, 1, 0, 0, TimeSpan.Zero));
    private readonly string _database = BotHost.NewDatabasePath();
    private readonly BotHost _host;
    private BotHost? _second;

    public ContestEngineTests() => _host = Host();

    public void Dispose()
    {
        _second?.Dispose();
        _host.Dispose();
        BotHost.DeleteDatabase(_database);
    }

    private BotHost Host() => new(_database, services: s => s.AddSingleton<TimeProvider>(_time));

    private ContestEngine Engine(BotHost? host = null) => (host ?? _host).Services.GetRequiredService<ContestEngine>();

    private Task<long> OpenRoundAsync(int bank = 5) => ContestSeed.OpenRoundAsync(_host.Services, _time.GetUtcNow(), bank);

    private Task<int> RightChoiceAsync(long questionId) => ContestSeed.RightChoiceAsync(_host.Services, questionId);

    private async Task<int> AnswersRecordedAsync(long attemptId)
    {
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        return await db.ContestAnswers.CountAsync(a => a.AttemptId == attemptId);
    }

    private Task<ContestAnswer> AnswerAsync(AskedQuestion question, int choice, string userId = "z-1", BotHost? host = null) =>
        Engine(host).AnswerAsync(question.AttemptId, "zalo", userId, question.Position, question.QuestionId, choice, null, CancellationToken.None);

    [Fact]
    public async Task A_full_attempt_draws_distinct_questions_scores_the_right_answers_and_ranks_by_score_then_time()
    {
        var round = await OpenRoundAsync();
        var start = await Engine().StartAsync(round, "zalo", "z-1", CancellationToken.None);
        Assert.Equal(StartKind.Started, start.Kind);
        var asked = new List<long>();
        var question = start.Question!;
        ContestAnswer answer;
        do
        {
            asked.Add(question.QuestionId);
            Assert.Equal((3, 30), (question.Total, question.Seconds));
            Assert.Equal(["A", "B", "C"], question.Choices);
            _time.Advance(TimeSpan.FromSeconds(5));
            // The first question answered wrongly, the others rightly.
            var right = await RightChoiceAsync(question.QuestionId);
            answer = await AnswerAsync(question, question.Position == 0 ? (right + 1) % 3 : right);
            Assert.Equal(AnswerKind.Accepted, answer.Kind);
            Assert.Equal(question.Position != 0, answer.Correct);
            question = answer.Next!;
        }
        while (answer.Score is null);

        Assert.Equal(3, asked.Distinct().Count());
        Assert.Equal((2, 3), (answer.Score, answer.Total));

        // A faster citizen with the same score ranks above.
        var quick = (await Engine().StartAsync(round, "messenger", "m-1", CancellationToken.None)).Question!;
        while (true)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            var right = await RightChoiceAsync(quick.QuestionId);
            var result = await Engine().AnswerAsync(quick.AttemptId, "messenger", "m-1", quick.Position, quick.QuestionId, quick.Position == 1 ? (right + 1) % 3 : right, null, CancellationToken.None);
            if (result.Next is null)
            {
                break;
            }

            quick = result.Next;
        }

        var board = await Engine().LeaderboardAsync(round, CancellationToken.None);
        Assert.Equal([(1, "m-1", 2, 3000L), (2, "z-1", 2, 15000L)], board.Select(e => (e.Rank, e.UserId, e.Correct, e.ElapsedMilliseconds)));
    }

    [Fact]
    public async Task One_attempt_per_round_and_channel_identity()
    {
        var round = await OpenRoundAsync();
        var first = await Engine().StartAsync(round, "zalo", "z-1", CancellationToken.None);
        Assert.Equal(StartKind.Started, first.Kind);

        // Starting again resumes the same attempt at the same question; once finished, none is given.
        var again = await Engine().StartAsync(round, "zalo", "z-1", CancellationToken.None);
        Assert.Equal(StartKind.Resumed, again.Kind);
        Assert.Equal((first.Question!.AttemptId, 0, first.Question.QuestionId), (again.Question!.AttemptId, again.Question.Position, again.Question.QuestionId));
        var question = first.Question!;
        while (true)
        {
            var next = (await AnswerAsync(question, 0)).Next;
            if (next is null)
            {
                break;
            }

            question = next;
        }

        Assert.Equal(StartKind.AlreadyTaken, (await Engine().StartAsync(round, "zalo", "z-1", CancellationToken.None)).Kind);
        Assert.Equal(StartKind.Started, (await Engine().StartAsync(round, "messenger", "z-1", CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task Two_hosts_on_one_database_give_a_citizen_one_attempt_however_the_starts_interleave()
    {
        var round = await OpenRoundAsync();
        _second = Host();
        var starts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Engine(i % 2 == 0 ? _host : _second).StartAsync(round, "zalo", "z-1", CancellationToken.None))));

        var started = Assert.Single(starts, s => s.Kind == StartKind.Started);
        // The others found it (and resume it) or lost the insert to it.
        Assert.All(starts.Where(s => s.Kind != StartKind.Started), s => Assert.Contains(s.Kind, new[] { StartKind.Resumed, StartKind.AlreadyTaken }));
        Assert.All(starts.Where(s => s.Kind == StartKind.Resumed), s => Assert.Equal(started.Question!.AttemptId, s.Question!.AttemptId));
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.ContestAttempts.CountAsync(a => a.RoundId == round));
    }

    [Fact]
    public async Task A_double_submit_counts_once_even_from_two_hosts_at_once()
    {
        var round = await OpenRoundAsync();
        _second = Host();
        var question = (await Engine().StartAsync(round, "zalo", "z-1", CancellationToken.None)).Question!;
        var right = await RightChoiceAsync(question.QuestionId);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => AnswerAsync(question, right, host: i % 2 == 0 ? _host : _second))));

        Assert.Single(answers, a => a.Kind == AnswerKind.Accepted);
        Assert.All(answers.Where(a => a.Kind != AnswerKind.Accepted), a => Assert.Equal(AnswerKind.Duplicate, a.Kind));
        Assert.Equal(1, await AnswersRecordedAsync(question.AttemptId));
        Assert.Equal(AnswerKind.Duplicate, (await AnswerAsync(question, right)).Kind);
    }

    [Fact]
    public async Task The_same_message_run_again_gets_its_first_verdict_while_another_press_of_the_button_is_refused()
    {
        var round = await OpenRoundAsync();
        var question = (await Engine().StartAsync(round, "zalo", "z-1", CancellationToken.None)).Question!;
        var right = await RightChoiceAsync(question.QuestionId);
        Task<ContestAnswer> Submit(string message) => Engine().AnswerAsync(question.AttemptId, "zalo", "z-1", question.Position, question.QuestionId, right, message, CancellationToken.None);

        var first = await Submit("msg-1");
        // A turn that lost a state race runs the same message again: same verdict, same next question.
        var rerun = await Submit("msg-1");
        var pressedAgain = await Submit("msg-2");

        Assert.Equal((AnswerKind.Accepted, true), (first.Kind, first.Correct));
        Assert.Equal((AnswerKind.Accepted, true, first.Next!.QuestionId), (rerun.Kind, rerun.Correct, rerun.Next!.QuestionId));
        Assert.Equal(AnswerKind.Duplicate, pressedAgain.Kind);
        Assert.Equal(1, await AnswersRecordedAsync(question.AttemptId));
    }

    [Fact]
    public async Task A_replayed_button_of_another_citizens_attempt_is_refused()
    {
        var round = await OpenRoundAsync();
        var question = (await Engine().StartAsync(round, "zalo", "z-1", CancellationToken.None)).Question!;

        Assert.Equal(AnswerKind.NotYours, (await AnswerAsync(question, 0, userId: "z-2")).Kind);
        Assert.Equal(AnswerKind.NotYours, (await Engine().AnswerAsync(question.AttemptId, "messenger", "z-1", 0, question.QuestionId, 0, null, CancellationToken.None)).Kind);
        Assert.Equal(0, await AnswersRecordedAsync(question.AttemptId));
    }

    [Fact]
    public async Task A_question_not_drawn_for_that_place_or_a_place_not_yet_asked_is_refused()
    {
        var round = await OpenRoundAsync(bank: 6);
        var question = (await Engine().StartAsync(round, "zalo", "z-1", CancellationToken.None)).Question!;
        await using (var db = await _host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync())
        {
            var drawn = (await db.ContestAttempts.SingleAsync(a => a.Id == question.AttemptId)).Drawn;
            var notDrawn = await db.ContestQuestions.Where(q => !drawn.Contains(q.Id)).Select(q => q.Id).FirstAsync();
            Assert.Equal(AnswerKind.NotDrawn, (await Engine().AnswerAsync(question.AttemptId, "zalo", "z-1", 0, notDrawn, 0, null, CancellationToken.None)).Kind);
            Assert.Equal(AnswerKind.NotAsked, (await Engine().AnswerAsync(question.AttemptId, "zalo", "z-1", 1, drawn[1], 0, null, CancellationToken.None)).Kind);
        }

        Assert.Equal(0, await AnswersRecordedAsync(question.AttemptId));
    }

    [Fact]
    public async Task An_answer_after_the_time_allowed_counts_as_wrong_and_the_next_question_follows()
    {
        var round = await OpenRoundAsync();
        var question = (await Engine().StartAsync(round, "zalo", "z-1", CancellationToken.None)).Question!;
        var right = await RightChoiceAsync(question.QuestionId);
        _time.Advance(TimeSpan.FromSeconds(31));

        var late = await AnswerAsync(question, right);

        Assert.Equal((AnswerKind.TooLate, false, 1), (late.Kind, late.Correct, late.Next!.Position));
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        var recorded = await db.ContestAnswers.SingleAsync(a => a.AttemptId == question.AttemptId);
        Assert.Equal((null, false, 31000L), (recorded.Choice, recorded.Correct, recorded.ElapsedMilliseconds));
    }

    [Fact]
    public async Task A_round_not_open_now_starts_no_attempt()
    {
        var round = await OpenRoundAsync();
        _time.Advance(TimeSpan.FromDays(8));

        Assert.Equal(StartKind.NotOpen, (await Engine().StartAsync(round, "zalo", "z-1", CancellationToken.None)).Kind);
        Assert.Equal(StartKind.NotOpen, (await Engine().StartAsync(round + 1, "zalo", "z-1", CancellationToken.None)).Kind);
    }
}
