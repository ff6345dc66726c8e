namespace CdsBot.Insights.Reports;

/// <summary>A chart of the report drawn as a PNG picture <paramref name="Width"/> × <paramref name="Height"/> pixels.</summary>
public sealed record ReportChart(string Title, byte[] Png, int Width, int Height);
