using CdsBot.Admin.Auth;
using CdsBot.Admin.Items;
using CdsBot.Admin.Staff;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Queue;

/// <summary>The unanswered and low-confidence queue, and citizens' feedback per item.</summary>
public static class QueueApi
{
    public static RouteGroupBuilder MapQueueApi(this RouteGroupBuilder admin)
    {
        var queue = admin.MapGroup("/unanswered").WithTags("Unanswered queue");
        queue.MapGet("/", (UnansweredQuestions questions, CancellationToken ct) => questions.OpenGroupsAsync(ct))
            .WithSummary("Open questions the bot declined or was unsure about, grouped, most asked first");
        queue.MapPost("/{questionId:long}/attach", async (long questionId, AttachVariant request, HttpContext http, UnansweredQuestions questions, CancellationToken ct) =>
                string.IsNullOrWhiteSpace(request.ItemId)
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["itemId"] = ["Anh/Chị chọn mục để gắn câu hỏi vào."] })
                    : (await questions.AttachAsync(questionId, request.ItemId.Trim(), StaffPrincipal.Name(http.User), http.User.IsInRole(StaffRoles.Publisher), ct)).ToResult())
            .WithSummary("Add the question as a new phrasing of an item: published at once by a publisher (only that phrasing), into the item's draft otherwise; says whether the bot answers it now");
        queue.MapPost("/{questionId:long}/create", async (long questionId, NewItem request, HttpContext http, UnansweredQuestions questions, CancellationToken ct) =>
                (await questions.CreateItemAsync(questionId, request, StaffPrincipal.Name(http.User), ct)).ToResult())
            .WithSummary("Create a new item (a draft) for the question, and close it and the ones like it");
        queue.MapPost("/{questionId:long}/dismiss", async (long questionId, HttpContext http, UnansweredQuestions questions, CancellationToken ct) =>
                await questions.DismissAsync(questionId, StaffPrincipal.Name(http.User), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Close the question and the ones like it");
        queue.MapPost("/dismiss", async (DismissQuestions request, HttpContext http, UnansweredQuestions questions, CancellationToken ct) =>
                request.QuestionIds is not { Count: > 0 } ids
                    ? Results.ValidationProblem(new Dictionary<string, string[]> { ["questionIds"] = ["Anh/Chị chọn ít nhất một câu hỏi."] })
                    : Results.Ok(new { dismissed = await questions.DismissAllAsync(ids, StaffPrincipal.Name(http.User), ct) }))
            .WithSummary("Close several questions, and the ones like each, at once");

        admin.MapGet("/feedback", async (IDbContextFactory<CdsBotDbContext> contexts, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var votes = await db.Feedback.AsNoTracking().GroupBy(f => f.ItemId)
                .Select(g => new { itemId = g.Key, helpful = g.Count(f => f.Helpful), notHelpful = g.Count(f => !f.Helpful) })
                .ToListAsync(ct);
            return votes.OrderByDescending(v => v.notHelpful).ThenBy(v => v.itemId, StringComparer.Ordinal);
        }).WithTags("Unanswered queue").WithSummary("Helpful / not helpful votes per item, least helpful first");
        return admin;
    }
}
