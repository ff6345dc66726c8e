using CdsBot.Contests;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Fixtures;

/// <summary>A contest written straight into a host's database: a bank of questions (question i's right answer is choice i % 3), 3 drawn per attempt, 30 s each, one round open at <c>now</c>.</summary>
public static class ContestSeed
{
    public static async Task<long> OpenRoundAsync(IServiceProvider services, DateTimeOffset now, int bank = 5)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        var contest = new ContestRecord
        {
            Title = "Cuộc thi tìm hiểu về chuyển đổi số",
            Organiser = "Tỉnh đoàn",
            Rules = "Mỗi người một lượt.",
            QuestionsPerAttempt = 3,
            SecondsPerQuestion = 30,
            PredictionQuestion = "Dự đoán số người tham gia",
            CreatedBy = "publisher",
            CreatedAt = now,
        };
        db.Contests.Add(contest);
        await db.SaveChangesAsync();
        db.ContestQuestions.AddRange(Enumerable.Range(0, bank).Select(i => new ContestQuestionRecord
        {
            ContestId = contest.Id,
            Text = $"Câu hỏi {i}?",
            Choices = ["A", "B", "C"],
            CorrectIndex = i % 3,
        }));
        var round = new ContestRoundRecord { ContestId = contest.Id, Name = "Vòng 1", StartsAt = now.AddHours(-1), EndsAt = now.AddDays(7) };
        db.ContestRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    }

    public static async Task<int> RightChoiceAsync(IServiceProvider services, long questionId)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        return (await db.ContestQuestions.SingleAsync(q => q.Id == questionId)).CorrectIndex;
    }

    /// <summary>The bank index i of a seeded question ("Câu hỏi i?").</summary>
    public static async Task<int> QuestionIndexAsync(IServiceProvider services, long questionId)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        var text = (await db.ContestQuestions.SingleAsync(q => q.Id == questionId)).Text;
        return int.Parse(text["Câu hỏi ".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The attempt of <paramref name="userId"/>, as stored.</summary>
    public static async Task<ContestAttemptRecord> AttemptAsync(IServiceProvider services, string userId)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        return await db.ContestAttempts.AsNoTracking().SingleAsync(a => a.UserId == userId);
    }
}
