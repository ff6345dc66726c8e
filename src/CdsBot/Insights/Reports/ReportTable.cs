namespace CdsBot.Insights.Reports;

/// <summary>
/// One table of the report: <paramref name="Sheet"/> names its XLSX sheet (at most 31 characters), cells are text or
/// numbers; a row whose first cell is <see cref="PropagandaReport.Total"/> sums the rows above it.
/// </summary>
public sealed record ReportTable(string Sheet, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
