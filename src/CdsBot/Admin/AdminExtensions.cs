using CdsBot.Admin.Audit;
using CdsBot.Admin.Guides;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Campaigns;
using CdsBot.Admin.Documents;
using CdsBot.Admin.Handoffs;
using CdsBot.Admin.Import;
using CdsBot.Admin.Items;
using CdsBot.Admin.Places;
using CdsBot.Admin.Queue;
using CdsBot.Admin.Reference;
using CdsBot.Admin.Rephrasing;
using CdsBot.Admin.Staff;
using CdsBot.Admin.TryIt;
using CdsBot.Admin.Users;
using CdsBot.Contests;
using CdsBot.Insights;
using CdsBot.Insights.Expiring;
using CdsBot.Insights.Reports;
using CdsBot.Lessons;
using CdsBot.Privacy;

namespace CdsBot.Admin;

internal static class AdminExtensions
{
    public static void AddAdmin(this WebApplicationBuilder builder)
    {
        builder.AddStaffAuth();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<PublishCheck>();
        builder.Services.AddSingleton<ItemWorkflow>();
        builder.Services.AddSingleton<UnansweredQuestions>();
        builder.Services.AddSingleton<CampaignWorkflow>();
        builder.Services.AddSingleton<DocumentTexts>();
        builder.Services.AddSingleton<GuideDrafts>();
        builder.Services.AddSingleton<PlaceList>();
    }

    /// <summary>
    /// /admin/api: closed to anonymous callers (401) and role-checked (403) everywhere but sign-in; sessions of changed
    /// accounts end; cookie-authenticated changes need the antiforgery token.
    /// </summary>
    public static void MapAdmin(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseStaffSessionCheck();
        app.UseAuthorization();
        app.UseStaffAntiforgery();
        var admin = app.MapGroup("/admin/api").RequireAuthorization(StaffRoles.Editor);
        admin.MapAuthApi();
        admin.MapImportApi();
        admin.MapItemsApi();
        admin.MapReviewApi();
        admin.MapQueueApi();
        admin.MapTryItApi();
        admin.MapHandoffsApi();
        admin.MapReferenceApi();
        admin.MapDocumentTextsApi();
        admin.MapFaqDraftsApi();
        admin.MapShorthandApi();
        admin.MapPlacesApi();
        admin.MapUsersApi();
        admin.MapCampaignsApi();
        admin.MapRephrasingApi();
        admin.MapLessonsApi();
        admin.MapContestsApi();
        admin.MapGuidesApi();
        admin.MapCitizensApi();
        admin.MapDashboardApi();
        admin.MapExpiringApi();
        admin.MapReportsApi();
    }
}
