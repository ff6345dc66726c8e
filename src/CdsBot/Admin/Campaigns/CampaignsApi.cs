using CdsBot.Admin.Auth;
using CdsBot.Admin.Items;
using CdsBot.Admin.Staff;
using CdsBot.Broadcasts;
using CdsBot.Channels.Messenger;
using CdsBot.Channels.Zalo;
using Microsoft.Extensions.Options;

namespace CdsBot.Admin.Campaigns;

/// <summary>Broadcast campaigns: editors write them, a second person (a publisher) approves, publishers pause, resume or cancel.</summary>
public static class CampaignsApi
{
    public static RouteGroupBuilder MapCampaignsApi(this RouteGroupBuilder admin)
    {
        var campaigns = admin.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", (CampaignWorkflow workflow, CancellationToken ct) => workflow.ListAsync(ct)).WithSummary("Campaigns, newest first");
        campaigns.MapGet("/accounts", (AudienceBuilder audience) => audience.Accounts)
            .WithSummary("The Zalo OAs and Messenger Pages a campaign may choose to send from (its accounts field; none chosen = all)");
        campaigns.MapGet("/templates/ngay-cds", (TimeProvider time) => CampaignTemplates.DigitalTransformationDay(time))
            .WithSummary("A ready campaign for National Digital Transformation Day (10/10, Decision 505/QĐ-TTg)");
        campaigns.MapGet("/{id:long}", async (long id, CampaignWorkflow workflow, CancellationToken ct) =>
            await workflow.FindAsync(id, ct) is { } campaign ? Results.Ok(campaign) : Results.NotFound()).WithSummary("One campaign with its delivery figures");
        campaigns.MapGet("/{id:long}/audience", async (long id, CampaignWorkflow workflow, CancellationToken ct) =>
            await workflow.AudienceAsync(id, ct) is { } counts ? Results.Ok(counts) : Results.NotFound()).WithSummary("Subscribers the audience matches now, per channel");
        campaigns.MapPost("/audience", async (CampaignInput input, CampaignWorkflow workflow, CancellationToken ct) => (await workflow.PreviewAudienceAsync(input, ct)).ToResult())
            .WithSummary("Subscribers an unsaved campaign's audience matches now, per channel (count before saving)");
        campaigns.MapPost("/preview", (CampaignInput input, IOptions<BroadcastOptions> broadcasts, IOptions<ZaloOptions> zalo, IOptions<MessengerOptions> messenger) =>
                string.IsNullOrWhiteSpace(input.Text)
                    ? WorkflowOutcome<object>.Invalid(new() { ["text"] = ["Viết nội dung tin trước khi xem trước."] }).ToResult()
                    : Results.Ok(CampaignPreview.Render(input, broadcasts.Value, zalo.Value, messenger.Value)))
            .WithSummary("An unsaved campaign's message as Zalo (both lanes), Messenger and the web chat would send it");
        campaigns.MapPost("/", (CampaignInput input, HttpContext http, CampaignWorkflow workflow, CancellationToken ct) => Run(workflow.CreateAsync(input, Actor(http), ct)))
            .WithSummary("Write a campaign as a draft (times in Vietnam time)");
        campaigns.MapPut("/{id:long}", (long id, CampaignInput input, HttpContext http, CampaignWorkflow workflow, CancellationToken ct) => Run(workflow.UpdateAsync(id, input, Actor(http), ct)))
            .WithSummary("Change a draft or approved campaign (it returns to draft)");

        var publish = campaigns.MapGroup("/").RequireAuthorization(StaffRoles.Publisher);
        publish.MapPost("/{id:long}/approve", (long id, HttpContext http, CampaignWorkflow workflow, CancellationToken ct) => Run(workflow.ApproveAsync(id, Actor(http), ct)))
            .WithSummary("Approve a draft (not by its author); it starts at its scheduled time");
        publish.MapPost("/{id:long}/pause", (long id, HttpContext http, CampaignWorkflow workflow, CancellationToken ct) => Run(workflow.PauseAsync(id, Actor(http), ct)))
            .WithSummary("Stop sending for now");
        publish.MapPost("/{id:long}/resume", (long id, HttpContext http, CampaignWorkflow workflow, CancellationToken ct) => Run(workflow.ResumeAsync(id, Actor(http), ct)))
            .WithSummary("Carry on sending");
        publish.MapPost("/{id:long}/cancel", (long id, HttpContext http, CampaignWorkflow workflow, CancellationToken ct) => Run(workflow.CancelAsync(id, Actor(http), ct)))
            .WithSummary("Stop for good; deferred copies are dropped");
        return admin;
    }

    private static string Actor(HttpContext http) => StaffPrincipal.Name(http.User);

    private static async Task<IResult> Run(Task<WorkflowOutcome<CampaignView>> step) => (await step).ToResult();
}
