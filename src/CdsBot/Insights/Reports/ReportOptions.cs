namespace CdsBot.Insights.Reports;

/// <summary>Who the periodic report is from (section "Report").</summary>
public sealed class ReportOptions
{
    /// <summary>The province, as its name is written in the report's heading, e.g. "Tỉnh Thái Bình".</summary>
    public string Province { get; set; } = "Tỉnh ……";

    /// <summary>The agency that issues the report, e.g. "Sở Khoa học và Công nghệ"; left as dots to fill in Word when empty.</summary>
    public string Agency { get; set; } = "";
}
