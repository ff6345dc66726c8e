using CdsBot.Insights.Reports;

namespace CdsBot.Tests.Insights.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("half-year", "2026", null, "2025-12-15", "2026-06-14", "6 tháng đầu năm 2026")]
    [InlineData("year", "2026", null, "2025-12-15", "2026-12-14", "năm 2026")]
    [InlineData("year", "2028", null, "2027-12-15", "2028-12-14", "năm 2028")]
    [InlineData("month", "2026", "11", "2026-10-15", "2026-11-14", "tháng 11 năm 2026")]
    [InlineData("month", "2026", "1", "2025-12-15", "2026-01-14", "tháng 1 năm 2026")]
    public void Half_year_year_and_month_end_on_the_14th_as_Decree_09_2019_cuts_off_report_figures(string kind, string year, string? month, string from, string to, string name)
    {
        var (period, errors) = ReportPeriod.Parse(kind, year, month, null, null, TimeProvider.System);

        Assert.Null(errors);
        Assert.Equal((from, to, name), (period!.Days.FromDay, period.Days.ToDay, period.Name));
    }

    [Fact]
    public void A_custom_period_is_the_days_asked_for()
    {
        var (period, _) = ReportPeriod.Parse("custom", null, null, "2026-10-01", "2026-10-31", TimeProvider.System);

        Assert.Equal("từ ngày 01/10/2026 đến ngày 31/10/2026", period!.Range);
    }
}
