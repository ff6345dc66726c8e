using CdsBot.Admin.Auth;
using CdsBot.Admin.Staff;

namespace CdsBot.Admin.Items;

/// <summary>FAQ items for staff: search, drafts, review, approval by a second person, unpublish, history, rollback.</summary>
public static class ItemsApi
{
    public static RouteGroupBuilder MapItemsApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/catalog", (CdsBot.Dialogs.Retrieval.ContentCatalog catalog) => new
        {
            topics = catalog.Content.Topics.Select(t => new { t.Id, t.Title }),
            localities = catalog.Content.Localities.Select(l => new { l.Id, l.Name }),
            documents = catalog.Content.Documents.OrderBy(d => d.Number, StringComparer.Ordinal).Select(d => new { d.Number, d.Citation }),
        }).WithTags("Items").WithSummary("Topics, localities and documents an item can name");

        var items = admin.MapGroup("/items").WithTags("Items");
        items.MapGet("/", (string? q, string? status, ItemWorkflow workflow, CancellationToken ct) => workflow.SearchAsync(q, status, ct))
            .WithSummary("Search items (question, variants, answer; with or without diacritics)");
        items.MapGet("/expired", (ItemWorkflow workflow, CancellationToken ct) => workflow.ExpiredAsync(ct))
            .WithSummary("Published items past their valid_to: no longer answered, to review");
        items.MapGet("/{id}", async (string id, ItemWorkflow workflow, CancellationToken ct) =>
            await workflow.FindAsync(id, ct) is { } item ? Results.Ok(item) : Results.NotFound()).WithSummary("One item with its draft");
        items.MapPost("/", (NewItem request, HttpContext http, ItemWorkflow workflow, CancellationToken ct) => Run(workflow.CreateAsync(request, Actor(http), ct)))
            .WithSummary("Create an item as a draft");
        items.MapPut("/{id}/draft", (string id, ItemContent content, HttpContext http, ItemWorkflow workflow, CancellationToken ct) => Run(workflow.SaveDraftAsync(id, content, Actor(http), ct)))
            .WithSummary("Write the draft of the item's next version");
        items.MapPost("/{id}/submit", (string id, HttpContext http, ItemWorkflow workflow, CancellationToken ct) => Run(workflow.SubmitAsync(id, Actor(http), ct)))
            .WithSummary("Submit the draft for review");
        items.MapGet("/{id}/history", async (string id, ItemWorkflow workflow, CancellationToken ct) =>
            await workflow.HistoryAsync(id, ct) is { } history ? Results.Ok(history) : Results.NotFound()).WithSummary("Published versions with what changed");

        var publish = items.MapGroup("/").RequireAuthorization(StaffRoles.Publisher);
        publish.MapPost("/{id}/approve", (string id, HttpContext http, ItemWorkflow workflow, CancellationToken ct) => Run(workflow.ApproveAsync(id, Actor(http), ct)))
            .WithSummary("Approve the draft in review and publish it (not by its writer)");
        publish.MapPost("/{id}/unpublish", (string id, HttpContext http, ItemWorkflow workflow, CancellationToken ct) => Run(workflow.UnpublishAsync(id, Actor(http), ct)))
            .WithSummary("Stop answering the item");
        publish.MapPost("/{id}/rollback/{version:int}", (string id, int version, HttpContext http, ItemWorkflow workflow, CancellationToken ct) => Run(workflow.RollbackAsync(id, version, Actor(http), ct)))
            .WithSummary("Publish an earlier version again");
        return admin;
    }

    private static string Actor(HttpContext http) => StaffPrincipal.Name(http.User);

    private static async Task<IResult> Run(Task<WorkflowOutcome<ItemView>> step) => (await step).ToResult();
}
