using CdsBot.Dialogs.Flows.Contests;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Contests;

/// <summary>
/// Runs attempts at a contest round against the database, so that any number of hosts can serve one contest: an attempt
/// is unique per round and channel identity, and each answer moves the attempt on by a conditional update that only one
/// submit can win. Answers are refused for someone else's attempt, for a question not drawn at that place, for a place
/// not yet asked, and twice; an answer after the time allowed counts as wrong.
/// </summary>
public sealed class ContestEngine(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time) : IContestDesk
{
    /// <inheritdoc />
    public async Task<OpenRound?> OpenRoundAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var round = await db.ContestRounds.AsNoTracking().Where(r => r.StartsAt <= now && r.EndsAt > now).OrderBy(r => r.EndsAt).FirstOrDefaultAsync(cancellationToken);
        if (round is null)
        {
            return null;
        }

        var contest = await db.Contests.AsNoTracking().SingleAsync(c => c.Id == round.ContestId, cancellationToken);
        return new OpenRound(round.Id, contest.Title, contest.Organiser, contest.Rules, round.Name, contest.QuestionsPerAttempt, contest.SecondsPerQuestion, round.EndsAt);
    }

    /// <summary>Starts <paramref name="userId"/>'s attempt at round <paramref name="roundId"/>, drawing its questions; resumes one unfinished.</summary>
    public async Task<ContestStart> StartAsync(long roundId, string channel, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var round = await db.ContestRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null || now < round.StartsAt || now >= round.EndsAt)
        {
            return new ContestStart(StartKind.NotOpen);
        }

        var contest = await db.Contests.AsNoTracking().SingleAsync(c => c.Id == round.ContestId, cancellationToken);
        var existing = await db.ContestAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.RoundId == roundId && a.Channel == channel && a.UserId == userId, cancellationToken);
        if (existing is not null)
        {
            // An unfinished attempt goes on at the question it stopped at, whose time has kept running.
            return existing.FinishedAt is null && existing.DisqualifiedReason is null
                ? new ContestStart(StartKind.Resumed, await AskAsync(db, existing, contest, existing.Position, cancellationToken))
                : new ContestStart(StartKind.AlreadyTaken);
        }

        var bank = await db.ContestQuestions.AsNoTracking().Where(q => q.ContestId == contest.Id).Select(q => q.Id).ToArrayAsync(cancellationToken);
        Random.Shared.Shuffle(bank);
        var attempt = new ContestAttemptRecord
        {
            RoundId = roundId,
            Channel = channel,
            UserId = userId,
            Drawn = [.. bank.Take(contest.QuestionsPerAttempt)],
            ShownAt = now,
            StartedAt = now,
        };
        db.ContestAttempts.Add(attempt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            // Another host started this citizen's attempt between the check above and this insert.
            return new ContestStart(StartKind.AlreadyTaken);
        }

        return new ContestStart(StartKind.Started, await AskAsync(db, attempt, contest, 0, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<ContestAnswer> AnswerAsync(long attemptId, string channel, string userId, int position, long questionId, int choice, string? submitId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempt = await db.ContestAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attemptId, cancellationToken);
        if (attempt is null || attempt.Channel != channel || attempt.UserId != userId)
        {
            return new ContestAnswer(AnswerKind.NotYours);
        }

        if (position < attempt.Position || attempt.FinishedAt is not null)
        {
            return await ReplayAsync(db, attempt, position, submitId, cancellationToken) ?? new ContestAnswer(AnswerKind.Duplicate);
        }

        if (position > attempt.Position)
        {
            return new ContestAnswer(AnswerKind.NotAsked);
        }

        if (attempt.Drawn[position] != questionId)
        {
            return new ContestAnswer(AnswerKind.NotDrawn);
        }

        var round = await db.ContestRounds.AsNoTracking().SingleAsync(r => r.Id == attempt.RoundId, cancellationToken);
        var contest = await db.Contests.AsNoTracking().SingleAsync(c => c.Id == round.ContestId, cancellationToken);
        var question = await db.ContestQuestions.AsNoTracking().SingleAsync(q => q.Id == questionId, cancellationToken);
        var elapsed = (long)(now - attempt.ShownAt).TotalMilliseconds;
        var late = elapsed > contest.SecondsPerQuestion * 1000L;
        var correct = !late && choice == question.CorrectIndex;
        var next = position + 1;
        var finished = next >= attempt.Drawn.Count;
        var gained = correct ? 1 : 0;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only the submit that finds the attempt still at this place moves it on; any other gets nothing.
        var moved = await db.ContestAttempts
            .Where(a => a.Id == attemptId && a.Position == position)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(a => a.Position, next)
                    .SetProperty(a => a.ShownAt, now)
                    .SetProperty(a => a.Correct, a => a.Correct + gained)
                    .SetProperty(a => a.ElapsedMilliseconds, a => a.ElapsedMilliseconds + elapsed)
                    .SetProperty(a => a.FinishedAt, finished ? now : null),
                cancellationToken);
        if (moved == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ReplayAsync(db, attempt, position, submitId, cancellationToken) ?? new ContestAnswer(AnswerKind.Duplicate);
        }

        db.ContestAnswers.Add(new ContestAnswerRecord
        {
            AttemptId = attemptId,
            Position = position,
            QuestionId = questionId,
            Choice = late ? null : choice,
            Correct = correct,
            ElapsedMilliseconds = elapsed,
            AnsweredAt = now,
            SubmitId = submitId,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var kind = late ? AnswerKind.TooLate : AnswerKind.Accepted;
        if (finished)
        {
            // The rank comes after the tie-breaker and contact questions (see StandingAsync), once the prediction counts.
            return new ContestAnswer(kind, correct, Score: attempt.Correct + gained, Total: attempt.Drawn.Count)
            {
                PredictionQuestion = contest.PredictionQuestion,
            };
        }

        attempt.Position = next;
        return new ContestAnswer(kind, correct, await AskAsync(db, attempt, contest, next, cancellationToken));
    }

    /// <summary>
    /// The verdict an answer already recorded at <paramref name="position"/> got, when it was given by this same message
    /// (<paramref name="submitId"/>): a turn run again must not turn "Chính xác!" into "not counted". Null otherwise.
    /// </summary>
    private static async Task<ContestAnswer?> ReplayAsync(CdsBotDbContext db, ContestAttemptRecord attempt, int position, string? submitId, CancellationToken cancellationToken)
    {
        if (submitId is null)
        {
            return null;
        }

        var given = await db.ContestAnswers.AsNoTracking().SingleOrDefaultAsync(a => a.AttemptId == attempt.Id && a.Position == position && a.SubmitId == submitId, cancellationToken);
        if (given is null)
        {
            return null;
        }

        var kind = given.Choice is null ? AnswerKind.TooLate : AnswerKind.Accepted;
        var round = await db.ContestRounds.AsNoTracking().SingleAsync(r => r.Id == attempt.RoundId, cancellationToken);
        var contest = await db.Contests.AsNoTracking().SingleAsync(c => c.Id == round.ContestId, cancellationToken);
        if (position + 1 < attempt.Drawn.Count)
        {
            return new ContestAnswer(kind, given.Correct, await AskAsync(db, attempt, contest, position + 1, cancellationToken));
        }

        var score = await db.ContestAnswers.CountAsync(a => a.AttemptId == attempt.Id && a.Correct, cancellationToken);
        return new ContestAnswer(kind, given.Correct, Score: score, Total: attempt.Drawn.Count) { PredictionQuestion = contest.PredictionQuestion };
    }

    /// <inheritdoc />
    public async Task<bool> PredictAsync(long attemptId, string channel, string userId, long prediction, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Once, for one's own finished attempt, and only while the round is open: after it closes the count is known.
        var open = db.ContestRounds.Where(r => r.StartsAt <= now && r.EndsAt > now).Select(r => r.Id);
        return await db.ContestAttempts
            .Where(a => a.Id == attemptId && a.Channel == channel && a.UserId == userId && a.FinishedAt != null && a.Prediction == null && open.Contains(a.RoundId))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Prediction, prediction), cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> LeaveContactAsync(long attemptId, string channel, string userId, string phone, DateTimeOffset consentAt, string consentWording, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ContestAttempts
            .Where(a => a.Id == attemptId && a.Channel == channel && a.UserId == userId && a.FinishedAt != null)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(a => a.ContactPhone, phone)
                    .SetProperty(a => a.ContactConsentAt, consentAt.ToUniversalTime())
                    .SetProperty(a => a.ContactConsentWording, consentWording),
                cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<ContestStanding?> StandingAsync(long attemptId, string channel, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempt = await db.ContestAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attemptId && a.Channel == channel && a.UserId == userId && a.FinishedAt != null, cancellationToken);
        if (attempt is null)
        {
            return null;
        }

        var round = await db.ContestRounds.AsNoTracking().SingleAsync(r => r.Id == attempt.RoundId, cancellationToken);
        var board = await LeaderboardAsync(attempt.RoundId, cancellationToken);
        return new ContestStanding(attempt.Correct, attempt.Drawn.Count, board.FirstOrDefault(e => e.AttemptId == attemptId)?.Rank, board.Count, round.EndsAt);
    }

    /// <inheritdoc />
    public async Task<ContestResult?> LatestResultAsync(string channel, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempt = await db.ContestAttempts.AsNoTracking()
            .Where(a => a.Channel == channel && a.UserId == userId && a.FinishedAt != null)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (attempt is null)
        {
            return null;
        }

        var round = await db.ContestRounds.AsNoTracking().SingleAsync(r => r.Id == attempt.RoundId, cancellationToken);
        var contest = await db.Contests.AsNoTracking().SingleAsync(c => c.Id == round.ContestId, cancellationToken);
        var board = await LeaderboardAsync(attempt.RoundId, cancellationToken);
        var closed = now >= round.EndsAt;
        IReadOnlyList<ReviewedQuestion> review = [];
        if (closed)
        {
            // The right answers are shown only after the round closes, when they can no longer help anyone.
            var questions = await db.ContestQuestions.AsNoTracking().Where(q => attempt.Drawn.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
            var answers = await db.ContestAnswers.AsNoTracking().Where(a => a.AttemptId == attempt.Id).ToDictionaryAsync(a => a.Position, cancellationToken);
            review = [.. attempt.Drawn.Select((id, position) => new ReviewedQuestion(
                questions[id].Text,
                questions[id].Choices[questions[id].CorrectIndex],
                answers.TryGetValue(position, out var given) && given.Correct))];
        }

        return new ContestResult(contest.Title, round.Name, closed, round.EndsAt, attempt.Correct, attempt.Drawn.Count, board.FirstOrDefault(e => e.AttemptId == attempt.Id)?.Rank, board.Count, review);
    }

    /// <summary>
    /// The finished, not disqualified attempts of a round, best first: most right answers, then least time, then the
    /// prediction nearest the number of participants.
    /// </summary>
    public async Task<IReadOnlyList<LeaderboardEntry>> LeaderboardAsync(long roundId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Only the columns ranking needs: not the drawn questions nor the contact details.
        var finished = await db.ContestAttempts.AsNoTracking()
            .Where(a => a.RoundId == roundId && a.FinishedAt != null && a.DisqualifiedReason == null)
            .Select(a => new { a.Id, a.Channel, a.UserId, a.Correct, a.ElapsedMilliseconds, a.Prediction, a.FinishedAt })
            .ToListAsync(cancellationToken);
        var participants = finished.Count;
        return [.. finished
            .OrderByDescending(a => a.Correct)
            .ThenBy(a => a.ElapsedMilliseconds)
            .ThenBy(a => a.Prediction is { } p ? Math.Abs(p - participants) : long.MaxValue)
            .ThenBy(a => a.FinishedAt)
            .Select((a, i) => new LeaderboardEntry(i + 1, a.Id, a.Channel, a.UserId, a.Correct, a.ElapsedMilliseconds, a.Prediction, a.FinishedAt!.Value))];
    }

    private static async Task<AskedQuestion> AskAsync(CdsBotDbContext db, ContestAttemptRecord attempt, ContestRecord contest, int position, CancellationToken cancellationToken)
    {
        var id = attempt.Drawn[position];
        var question = await db.ContestQuestions.AsNoTracking().SingleAsync(q => q.Id == id, cancellationToken);
        return new AskedQuestion(attempt.Id, position, attempt.Drawn.Count, id, question.Text, question.Choices, contest.SecondsPerQuestion);
    }
}
