namespace CdsBot.Insights;

/// <summary>
/// One chart of the dashboard as the table it is drawn from (also its table view and its CSV): the first column labels
/// the rows, <paramref name="Series"/> are the columns drawn, as <paramref name="Chart"/> ("bar", "stacked",
/// "line", "doughnut" or "hbar").
/// </summary>
public sealed record DashboardTable(string Key, string Title, string Chart, IReadOnlyList<int> Series, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
