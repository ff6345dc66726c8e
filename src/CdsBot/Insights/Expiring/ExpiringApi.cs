using CdsBot.Admin.Staff;

namespace CdsBot.Insights.Expiring;

/// <summary>GET /admin/api/dashboard/expiring: the week's digest and the items ending within 30 days, for publishers.</summary>
public static class ExpiringApi
{
    public static RouteGroupBuilder MapExpiringApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/dashboard/expiring", (ExpiringItems expiring, CancellationToken ct) => expiring.ReportAsync(ct))
            .RequireAuthorization(StaffRoles.Publisher)
            .WithTags("Dashboard")
            .WithSummary("This ISO week's digest (Vietnam time) and the published items whose validity ends within the next 30 days, soonest first");
        return admin;
    }
}
