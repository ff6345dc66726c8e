using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CdsBot.Observability;

/// <summary>
/// GET /healthz (the database, answered "Healthy" as it always was), /healthz/live (the process answers) and
/// /healthz/ready (the database, the inbox backlog and the channels' tokens, as JSON; 503 when unhealthy).
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The tag of checks that only /healthz/ready runs, so /healthz keeps its contract.</summary>
    public const string ReadyOnly = "ready-only";

    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(ReadyOnly) });
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { ResponseWriter = WriteReportAsync });
    }

    private static Task WriteReportAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        }, JsonSerializerOptions.Web, http.RequestAborted);
    }
}
