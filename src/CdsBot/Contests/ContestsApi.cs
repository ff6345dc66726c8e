using System.Globalization;
using System.Text;
using CdsBot.Admin.Audit;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Campaigns;
using CdsBot.Admin.Import;
using CdsBot.Admin.Items;
using CdsBot.Admin.Staff;
using CdsBot.Dialogs.Content;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Contests;

/// <summary>
/// /admin/api/contests: staff create a contest with its rounds and question bank, read a round's leaderboard and
/// download its results (XLSX), and publishers disqualify an entry with a reason (audited).
/// </summary>
public static class ContestsApi
{
    public static RouteGroupBuilder MapContestsApi(this RouteGroupBuilder admin)
    {
        var contests = admin.MapGroup("/contests").WithTags("Contests");
        contests.MapGet("/", ListAsync).WithSummary("Contests with their rounds, newest first");
        contests.MapPost("/", CreateAsync).WithSummary("Create a contest with its rounds and question bank");
        contests.MapGet("/rounds/{roundId:long}/leaderboard", async (long roundId, ContestEngine engine, CancellationToken ct) => Results.Ok(await engine.LeaderboardAsync(roundId, ct)))
            .WithSummary("A round's finished entries, best first (right answers, then time, then the prediction)");
        contests.MapGet("/rounds/{roundId:long}/results.xlsx", ResultsAsync)
            .WithSummary("A round's results as XLSX: the ranked entries, then the disqualified ones with their reasons");
        contests.MapPost("/attempts/{attemptId:long}/disqualify", DisqualifyAsync).RequireAuthorization(StaffRoles.Publisher)
            .WithSummary("Disqualify an entry, with a reason (audited)");
        return admin;
    }

    public sealed record DisqualifyInput(string? Reason);

    private static readonly string[] ResultColumns = ["Hạng", "Kênh", "Mã người dự thi", "Số câu đúng", "Thời gian (giây)", "Dự đoán", "Hoàn thành lúc", "Số điện thoại liên hệ", "Đồng ý cung cấp lúc", "Bị loại vì"];

    private static async Task<IResult> ListAsync(IDbContextFactory<CdsBotDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contests = await db.Contests.AsNoTracking().OrderByDescending(c => c.Id).Take(100).ToListAsync(cancellationToken);
        var ids = contests.Select(c => c.Id).ToList();
        var rounds = await db.ContestRounds.AsNoTracking().Where(r => ids.Contains(r.ContestId)).ToListAsync(cancellationToken);
        var bank = await db.ContestQuestions.AsNoTracking().Where(q => ids.Contains(q.ContestId)).GroupBy(q => q.ContestId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Results.Ok(contests.Select(c => new
        {
            c.Id,
            c.Title,
            c.Organiser,
            c.QuestionsPerAttempt,
            c.SecondsPerQuestion,
            Questions = bank.GetValueOrDefault(c.Id),
            Rounds = rounds.Where(r => r.ContestId == c.Id).OrderBy(r => r.StartsAt).Select(r => new { r.Id, r.Name, r.StartsAt, r.EndsAt }),
        }));
    }

    private static async Task<IResult> CreateAsync(ContestInput input, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, AuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = Check(input);
        if (errors.Count > 0)
        {
            return WorkflowOutcome<object>.Invalid(errors).ToResult();
        }

        var actor = StaffPrincipal.Name(http.User);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contest = new ContestRecord
        {
            Title = Clean(input.Title),
            Organiser = Clean(input.Organiser),
            Rules = Clean(input.Rules),
            QuestionsPerAttempt = input.QuestionsPerAttempt,
            SecondsPerQuestion = input.SecondsPerQuestion,
            PredictionQuestion = string.IsNullOrWhiteSpace(input.PredictionQuestion) ? null : Clean(input.PredictionQuestion),
            CreatedBy = actor,
            CreatedAt = time.GetUtcNow(),
        };
        db.Contests.Add(contest);
        await db.SaveChangesAsync(cancellationToken);
        db.ContestRounds.AddRange(input.Rounds!.Select(r => new ContestRoundRecord
        {
            ContestId = contest.Id,
            Name = Clean(r.Name),
            // Stored in UTC: the column's binary encoding compares clock ticks, so every value must share one offset.
            StartsAt = CampaignWorkflow.ParseLocal(r.StartsAt)!.Value.ToUniversalTime(),
            EndsAt = CampaignWorkflow.ParseLocal(r.EndsAt)!.Value.ToUniversalTime(),
        }));
        db.ContestQuestions.AddRange(input.Questions!.Select(q => new ContestQuestionRecord
        {
            ContestId = contest.Id,
            Text = Clean(q.Text),
            Choices = [.. q.Choices!.Select(Clean)],
            CorrectIndex = q.Correct,
        }));
        audit.Record(db, actor, "contest.create", $"contest:{contest.Id}", new { contest.Title, Rounds = input.Rounds!.Count, Questions = input.Questions!.Count });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Results.Created($"/admin/api/contests/{contest.Id}", new { contest.Id });
    }

    private static async Task<IResult> ResultsAsync(long roundId, ContestEngine engine, IDbContextFactory<CdsBotDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var round = await db.ContestRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return Results.Problem("Không có vòng thi này.", statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy");
        }

        var board = await engine.LeaderboardAsync(roundId, cancellationToken);
        var disqualified = await db.ContestAttempts.AsNoTracking()
            .Where(a => a.RoundId == roundId && a.DisqualifiedReason != null)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        // The phone number a citizen chose to give for prizes, with when they consented; staff see it only here.
        var contacts = await db.ContestAttempts.AsNoTracking()
            .Where(a => a.RoundId == roundId && a.ContactPhone != null)
            .Select(a => new { a.Id, a.ContactPhone, a.ContactConsentAt })
            .ToDictionaryAsync(a => a.Id, a => (Phone: a.ContactPhone!, a.ContactConsentAt), cancellationToken);
        static string Seconds(long milliseconds) => (milliseconds / 1000.0).ToString("0.0", CultureInfo.GetCultureInfo("vi-VN"));
        static string Local(DateTimeOffset? at) => at?.ToOffset(VietnamTime.Offset).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture) ?? "";
        var rows = new List<IReadOnlyList<string>> { ResultColumns };
        string Phone(long attempt) => contacts.TryGetValue(attempt, out var contact) ? contact.Phone : "";
        string Consent(long attempt) => contacts.TryGetValue(attempt, out var contact) ? Local(contact.ContactConsentAt) : "";
        rows.AddRange(board.Select(e => new[] { e.Rank.ToString(CultureInfo.InvariantCulture), e.Channel, e.UserId, e.Correct.ToString(CultureInfo.InvariantCulture), Seconds(e.ElapsedMilliseconds), e.Prediction?.ToString(CultureInfo.InvariantCulture) ?? "", Local(e.FinishedAt), Phone(e.AttemptId), Consent(e.AttemptId), "" }));
        rows.AddRange(disqualified.Select(a => new[] { "", a.Channel, a.UserId, a.Correct.ToString(CultureInfo.InvariantCulture), Seconds(a.ElapsedMilliseconds), a.Prediction?.ToString(CultureInfo.InvariantCulture) ?? "", Local(a.FinishedAt), Phone(a.Id), Consent(a.Id), a.DisqualifiedReason! }));
        return Results.File(XlsxTable.Write(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"ket-qua-vong-{roundId}.xlsx");
    }

    private static async Task<IResult> DisqualifyAsync(long attemptId, DisqualifyInput input, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, AuditLog audit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return WorkflowOutcome<object>.Invalid("reason", "Ghi lý do loại bài thi.").ToResult();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reason = Clean(input.Reason);
        var changed = await db.ContestAttempts.Where(a => a.Id == attemptId).ExecuteUpdateAsync(s => s.SetProperty(a => a.DisqualifiedReason, reason), cancellationToken);
        if (changed == 0)
        {
            return Results.Problem("Không có bài thi này.", statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy");
        }

        audit.Record(db, StaffPrincipal.Name(http.User), "contest.disqualify", $"attempt:{attemptId}", new { Reason = reason });
        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    /// <summary>Every problem of <paramref name="input"/>, by field, in Vietnamese.</summary>
    private static Dictionary<string, string[]> Check(ContestInput input)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, value, what) in new[] { ("title", input.Title, "Tên cuộc thi"), ("organiser", input.Organiser, "Đơn vị tổ chức"), ("rules", input.Rules, "Thể lệ") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [$"{what} là bắt buộc."];
            }
        }

        if (input.SecondsPerQuestion is < 5 or > 600)
        {
            errors["secondsPerQuestion"] = ["Thời gian mỗi câu từ 5 đến 600 giây."];
        }

        var questions = input.Questions ?? [];
        var bad = questions.Select((q, i) => (q, i)).Where(x => string.IsNullOrWhiteSpace(x.q.Text) || x.q.Choices is not { Count: >= 2 and <= 4 } || x.q.Choices.Any(string.IsNullOrWhiteSpace) || x.q.Correct < 0 || x.q.Correct >= x.q.Choices.Count).Select(x => x.i + 1).ToList();
        if (questions.Count == 0 || bad.Count > 0)
        {
            errors["questions"] = [questions.Count == 0 ? "Cần ít nhất một câu hỏi." : $"Câu hỏi số {string.Join(", ", bad)} cần nội dung, 2 đến 4 đáp án và một đáp án đúng."];
        }

        if (input.QuestionsPerAttempt < 1 || input.QuestionsPerAttempt > questions.Count)
        {
            errors["questionsPerAttempt"] = [$"Số câu mỗi lượt từ 1 đến số câu trong ngân hàng ({questions.Count})."];
        }

        var rounds = input.Rounds ?? [];
        if (rounds.Count == 0 || rounds.Any(r => string.IsNullOrWhiteSpace(r.Name) || CampaignWorkflow.ParseLocal(r.StartsAt) is not { } start || CampaignWorkflow.ParseLocal(r.EndsAt) is not { } end || end <= start))
        {
            errors["rounds"] = ["Mỗi vòng thi cần tên, thời điểm bắt đầu và kết thúc (giờ Việt Nam, dạng 2026-10-10T08:00), kết thúc sau bắt đầu."];
        }

        return errors;
    }

    private static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);
}
