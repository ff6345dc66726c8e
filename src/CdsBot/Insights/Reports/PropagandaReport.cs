namespace CdsBot.Insights.Reports;

/// <summary>
/// "Báo cáo kết quả tuyên truyền" for a period: its tables and charts in the order the document shows them, written out
/// by <see cref="ReportDocx"/> and <see cref="ReportXlsx"/>.
/// </summary>
public sealed record PropagandaReport(string Province, string Agency, ReportPeriod Period, DateOnly MadeOn, ReportSections Sections, ReportCharts Charts)
{
    public const string Total = "Tổng cộng";

    /// <summary>What staff wrote for sections I–III, if anything.</summary>
    public ReportNarrative Narrative { get; init; } = ReportNarrative.Empty;

    /// <summary>Every table, in the document's order (the XLSX has one sheet each).</summary>
    public IReadOnlyList<ReportTable> Tables =>
    [
        Sections.Summary, Sections.Channels, Sections.Bands, Sections.Routes, Sections.Satisfaction, Sections.TopItems, Sections.TopQuestions,
        Sections.Unanswered, Sections.Learning, Sections.Contests, Sections.Campaigns, Sections.Handoffs,
    ];
}

/// <summary>The report's tables.</summary>
public sealed record ReportSections(
    ReportTable Summary,
    ReportTable Channels,
    ReportTable Bands,
    ReportTable Routes,
    ReportTable Satisfaction,
    ReportTable TopItems,
    ReportTable TopQuestions,
    ReportTable Unanswered,
    ReportTable Learning,
    ReportTable Contests,
    ReportTable Campaigns,
    ReportTable Handoffs);

/// <summary>The report's charts.</summary>
public sealed record ReportCharts(ReportChart Channels, ReportChart Bands, ReportChart Campaigns, ReportChart Handoffs)
{
    public IReadOnlyList<ReportChart> All => [Channels, Bands, Campaigns, Handoffs];
}
