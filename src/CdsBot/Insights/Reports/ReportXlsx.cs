using CdsBot.Admin.Import;

namespace CdsBot.Insights.Reports;

/// <summary>The report as a workbook: a first sheet naming the province and the period, then one sheet per table.</summary>
public static class ReportXlsx
{
    public const string AboutSheet = "Thông tin";

    public static byte[] Write(PropagandaReport report)
    {
        IReadOnlyList<object?>[] about =
        [
            ["Báo cáo kết quả tuyên truyền", report.Period.Name],
            ["Đơn vị", report.Province],
            ["Cơ quan báo cáo", report.Agency],
            ["Kỳ báo cáo", report.Period.Name],
            ["Số liệu", report.Period.Range],
            ["Ngày lập", ReportPeriod.Shown(report.MadeOn)],
            ["Bảng", "Nội dung"],
            .. report.Tables.Select(t => (IReadOnlyList<object?>)[t.Sheet, t.Title]),
        ];
        return XlsxTable.WriteSheets(
            [(AboutSheet, about), .. report.Tables.Select(t => (t.Sheet, (IEnumerable<IReadOnlyList<object?>>)[t.Columns.Cast<object?>().ToList(), .. t.Rows]))]);
    }
}
