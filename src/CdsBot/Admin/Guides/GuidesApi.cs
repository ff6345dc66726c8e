using CdsBot.Admin.Auth;
using CdsBot.Admin.Items;
using CdsBot.Admin.Staff;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Guides;

/// <summary>
/// /admin/api/guides: the guides and lessons with the drafts waiting for review; a guide's or lesson's file text to
/// edit; submitting a change (any staff), approving it (a publisher other than its writer) or withdrawing it.
/// </summary>
public static class GuidesApi
{
    public static RouteGroupBuilder MapGuidesApi(this RouteGroupBuilder admin)
    {
        var guides = admin.MapGroup("/guides").WithTags("Guides and lessons");
        guides.MapGet("/", ListAsync).WithSummary("Guides and lessons, and the changes waiting for review");
        guides.MapGet("/{kind}/{id}", (string kind, string id, GuideDrafts drafts) =>
                drafts.PublishedYaml(kind, id) is { } yaml
                    ? Results.Ok(new { kind, id, yaml })
                    : Results.Problem("Không có hướng dẫn hoặc bài học này.", statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy"))
            .WithSummary("A published guide's or lesson's file text (YAML), as it is edited");
        guides.MapGet("/drafts/{draftId:long}", DraftAsync).WithSummary("A draft with the published text it would replace");
        guides.MapPost("/drafts", async (GuideDraftInput input, HttpContext http, GuideDrafts drafts, PublishCheck check, CancellationToken ct) =>
                Created(await drafts.SubmitAsync(input, StaffPrincipal.Name(http.User), ct), check))
            .WithSummary("Submit a new or changed guide or lesson (its file text) for review; warnings name facts its sources do not state and tone problems");
        guides.MapPost("/drafts/{draftId:long}/approve", async (long draftId, HttpContext http, GuideDrafts drafts, PublishCheck check, CancellationToken ct) =>
                Done(await drafts.ApproveAsync(draftId, StaffPrincipal.Name(http.User), ct), check))
            .RequireAuthorization(StaffRoles.Publisher)
            .WithSummary("Publish a draft (a publisher other than its writer); the bot answers with it at once");
        guides.MapDelete("/drafts/{draftId:long}", async (long draftId, HttpContext http, GuideDrafts drafts, CancellationToken ct) =>
                Done(await drafts.DiscardAsync(draftId, StaffPrincipal.Name(http.User), http.User.IsInRole(StaffRoles.Publisher), ct), null))
            .WithSummary("Withdraw a draft (its writer, or a publisher)");
        return admin;
    }

    private static async Task<IResult> ListAsync(ContentCatalog catalog, IDbContextFactory<CdsBotDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var drafts = await db.GuideDrafts.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var content = catalog.Content;
        return Results.Ok(new
        {
            Guides = content.Guides.Select(g => new { g.Id, g.Title, Steps = g.Steps.Count }),
            Lessons = content.Lessons.Select(l => new { l.Id, l.Title, Messages = l.Messages.Count }),
            Drafts = drafts.Select(d => new
            {
                d.Id,
                d.Kind,
                d.TargetId,
                d.WrittenBy,
                d.SubmittedAt,
                IsNew = d.Kind == GuideDrafts.Guide ? content.Guides.All(g => g.Id != d.TargetId) : content.Lessons.All(l => l.Id != d.TargetId),
            }),
        });
    }

    private static async Task<IResult> DraftAsync(long draftId, GuideDrafts drafts, IDbContextFactory<CdsBotDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.GuideDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        return draft is null
            ? Results.Problem("Không có bản nháp này.", statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy")
            : Results.Ok(new { draft.Id, draft.Kind, draft.TargetId, draft.WrittenBy, draft.SubmittedAt, draft.Yaml, Published = drafts.PublishedYaml(draft.Kind, draft.TargetId) });
    }

    // The content check's findings on the text submitted or approved, as for items (PublishCheck); publishing goes on.
    private static IResult Created(WorkflowOutcome<GuideDraftRecord> outcome, PublishCheck check) =>
        outcome.Value is { } draft
            ? Results.Created($"/admin/api/guides/drafts/{draft.Id}", new { draft.Id, draft.Kind, draft.TargetId, Warnings = check.Warnings(draft.Kind, draft.Yaml) })
            : outcome.ToResult();

    private static IResult Done(WorkflowOutcome<GuideDraftRecord> outcome, PublishCheck? check) =>
        outcome.Value is { } draft ? Results.Ok(new { draft.Id, draft.Kind, draft.TargetId, Warnings = check?.Warnings(draft.Kind, draft.Yaml) ?? [] }) : outcome.ToResult();
}
