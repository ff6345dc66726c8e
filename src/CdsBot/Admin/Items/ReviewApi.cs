using CdsBot.Admin.Auth;
using CdsBot.Admin.Staff;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;
using CdsBot.Dialogs.Retrieval;
using Microsoft.Extensions.Options;

namespace CdsBot.Admin.Items;

/// <summary>Review work on many items: the drafts waiting, bulk submit and approve with a result per item, and the answer's preview per channel.</summary>
public static class ReviewApi
{
    public static RouteGroupBuilder MapReviewApi(this RouteGroupBuilder admin)
    {
        var drafts = admin.MapGroup("/drafts").WithTags("Items");
        drafts.MapGet("/", (string? state, ItemWorkflow workflow, CancellationToken ct) => workflow.DraftsAsync(state, ct))
            .WithSummary("Items with a draft (state: 'in_review' for those awaiting review, 'editing'), the longest waiting first");
        drafts.MapPost("/submit", (BulkRequest request, HttpContext http, ItemWorkflow workflow, CancellationToken ct) =>
            BulkAsync(request, id => workflow.SubmitAsync(id, Actor(http), ct)))
            .WithSummary("Submit the drafts of several items for review; a result per item");
        drafts.MapPost("/approve", (BulkRequest request, HttpContext http, ItemWorkflow workflow, CancellationToken ct) =>
            BulkAsync(request, id => workflow.ApproveAsync(id, Actor(http), ct)))
            .RequireAuthorization(StaffRoles.Publisher)
            .WithSummary("Approve and publish the drafts in review of several items (not those the caller wrote); a result per item");

        admin.MapPost("/preview", Preview).WithTags("Items")
            .WithSummary("The answer of an item's content as Zalo, Messenger and the web chat would send it");
        return admin;
    }

    private static string Actor(HttpContext http) => StaffPrincipal.Name(http.User);

    /// <summary>Each item on its own, in order: one refused does not stop the others.</summary>
    private static async Task<IResult> BulkAsync(BulkRequest request, Func<string, Task<WorkflowOutcome<ItemView>>> step)
    {
        var ids = (request.Ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ids"] = ["Chọn ít nhất một mục."] });
        }

        var results = new List<BulkResult>();
        foreach (var id in ids)
        {
            var outcome = await step(id);
            results.Add(new BulkResult(id, outcome.Status == StatusCodes.Status200OK, outcome.Status,
                outcome.Problem ?? (outcome.Errors is { } errors ? string.Join(" ", errors.Values.SelectMany(e => e)) : null)));
        }

        return TypedResults.Ok(results);
    }

    private static IResult Preview(PreviewRequest request, ContentCatalog catalog, IOptions<ZaloOptions> zalo, IOptions<MessengerOptions> messenger)
    {
        if (string.IsNullOrWhiteSpace(request.Content?.Answer))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["answer"] = ["Cần có câu trả lời để xem trước."] });
        }

        return TypedResults.Ok(AnswerPreview.Render(request.Id, request.Content, catalog.Content, zalo.Value, messenger.Value));
    }
}
