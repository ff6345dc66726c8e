using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CdsBot.Insights.Reports;

/// <summary>
/// "Báo cáo kết quả tuyên truyền" for a period: GET /admin/api/reports/propaganda.docx and .xlsx, with
/// kind=half-year|year|month|custom and year, month or from/to (Vietnam time, yyyy-MM-dd).
/// </summary>
public static class ReportsApi
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder admin)
    {
        var reports = admin.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/propaganda.docx", DocxAsync)
            .WithSummary("The propaganda results report as a Word document: kind=half-year|year (year=2026), month (year, month) or custom (from, to as yyyy-MM-dd)");
        reports.MapPost("/propaganda.docx", DocxWithNarrativeAsync)
            .WithSummary("The Word document with the text staff wrote for sections I–III (achievements, shortcomings, directions; blank lines between paragraphs) and the period in the body");
        reports.MapGet("/propaganda.xlsx", XlsxAsync)
            .WithSummary("The same report's tables as a workbook, one sheet per table");
        return admin;
    }

    public static Task<Results<FileContentHttpResult, ValidationProblem>> DocxAsync([AsParameters] ReportQuery query, PropagandaReportBuilder builder, TimeProvider time, CancellationToken cancellationToken) =>
        FileAsync(query, builder, time, ReportDocx.Write, DocxType, "docx", cancellationToken);

    public static Task<Results<FileContentHttpResult, ValidationProblem>> DocxWithNarrativeAsync(ReportRequest request, PropagandaReportBuilder builder, TimeProvider time, CancellationToken cancellationToken)
    {
        var narrative = new ReportNarrative(request.Achievements, request.Shortcomings, request.Directions);
        if (new[] { narrative.Achievements, narrative.Shortcomings, narrative.Directions }.Any(t => t?.Length > ReportNarrative.MaxLength))
        {
            return Task.FromResult<Results<FileContentHttpResult, ValidationProblem>>(TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["narrative"] = ["Mỗi phần nhận xét tối đa 20.000 ký tự."] }, title: "Nội dung báo cáo quá dài."));
        }

        var query = new ReportQuery(request.Kind, request.Year?.ToString(CultureInfo.InvariantCulture), request.Month?.ToString(CultureInfo.InvariantCulture), request.From, request.To);
        return FileAsync(query, builder, time, report => ReportDocx.Write(report with { Narrative = narrative }), DocxType, "docx", cancellationToken);
    }

    public static Task<Results<FileContentHttpResult, ValidationProblem>> XlsxAsync([AsParameters] ReportQuery query, PropagandaReportBuilder builder, TimeProvider time, CancellationToken cancellationToken) =>
        FileAsync(query, builder, time, ReportXlsx.Write, XlsxType, "xlsx", cancellationToken);

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> FileAsync(ReportQuery query, PropagandaReportBuilder builder, TimeProvider time, Func<PropagandaReport, byte[]> write, string type, string extension, CancellationToken cancellationToken)
    {
        var (period, errors) = ReportPeriod.Parse(query.Kind, query.Year, query.Month, query.From, query.To, time);
        if (period is null)
        {
            return TypedResults.ValidationProblem(errors!, title: "Kỳ báo cáo chưa đúng.");
        }

        var report = await builder.BuildAsync(period, cancellationToken);
        return TypedResults.File(write(report), type, $"bao-cao-tuyen-truyen-{period.Days.FromDay}-{period.Days.ToDay}.{extension}");
    }
}

/// <summary>The report's period and the text staff wrote for sections I–III.</summary>
public sealed record ReportRequest(string? Kind, int? Year, int? Month, string? From, string? To, string? Achievements, string? Shortcomings, string? Directions);

/// <summary>The report's query string; numbers are read as text so a wrong one gets a Vietnamese message.</summary>
public sealed record ReportQuery(string? Kind, string? Year, string? Month, string? From, string? To);
