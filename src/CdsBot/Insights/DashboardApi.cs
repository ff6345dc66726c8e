using Microsoft.AspNetCore.Http.HttpResults;

namespace CdsBot.Insights;

/// <summary>
/// The "Tổng quan" page's figures: GET /admin/api/dashboard gives every chart for a period as tables;
/// GET /admin/api/dashboard/{chart}.csv downloads one of them.
/// </summary>
public static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this RouteGroupBuilder admin)
    {
        var dashboard = admin.MapGroup("/dashboard").WithTags("Dashboard");
        dashboard.MapGet("", AllAsync)
            .WithSummary("Every chart of the dashboard for a period (from/to as yyyy-MM-dd, Vietnam time; the last 30 days by default), as tables");
        dashboard.MapGet("/{chart}.csv", CsvAsync)
            .WithSummary("One chart's table as CSV (UTF-8 with BOM): daily, bands, routes, satisfaction, questions, unanswered, items, learning, broadcasts or handoffs");
        return admin;
    }

    public static async Task<Results<Ok<DashboardFigures>, ValidationProblem>> AllAsync(string? from, string? to, DashboardQueries queries, TimeProvider time, CancellationToken cancellationToken)
    {
        var (period, error) = DashboardPeriod.Parse(from, to, time);
        return period is null
            ? Invalid(error!)
            : TypedResults.Ok(new DashboardFigures(period.FromDay, period.ToDay, await queries.AllAsync(period, cancellationToken)));
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> CsvAsync(string chart, string? from, string? to, DashboardQueries queries, TimeProvider time, CancellationToken cancellationToken)
    {
        var (period, error) = DashboardPeriod.Parse(from, to, time);
        if (period is null)
        {
            return Invalid(error!);
        }

        return await queries.ChartAsync(chart, period, cancellationToken) is { } table
            ? TypedResults.File(DashboardCsv.Write(table), "text/csv; charset=utf-8", $"cdsbot-{table.Key}-{period.FromDay}-{period.ToDay}.csv")
            : TypedResults.NotFound();
    }

    private static ValidationProblem Invalid(string error) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["period"] = [error] });
}

/// <summary>The dashboard for the period <paramref name="From"/>–<paramref name="To"/>.</summary>
public sealed record DashboardFigures(string From, string To, IReadOnlyList<DashboardTable> Charts);
