using System.Globalization;
using CdsBot.Dialogs.Content;

namespace CdsBot.Insights.Reports;

/// <summary>
/// The period a report covers, both days included, in Vietnam time, with the words the report names it by.
/// </summary>
/// <remarks>
/// The half-year, year and month follow the cut-off days of Decree 09/2019/NĐ-CP (Article 12), which provincial plans
/// such as Thái Bình's KH 96 (half-year report before 15/6, yearly before 15/12) rely on: a half-year runs from 15/12
/// of the year before to 14/6, a year from 15/12 of the year before to 14/12, and a month from the 15th of the month
/// before to the 14th. The report is then ready the day after its last day, before the deadline. A calendar month or
/// any other range is a custom period.
/// </remarks>
public sealed record ReportPeriod(string Kind, DashboardPeriod Days, string Name)
{
    public static IReadOnlyList<string> Kinds { get; } = ["half-year", "year", "month", "custom"];

    /// <summary>"từ ngày 15/12/2025 đến ngày 14/6/2026".</summary>
    public string Range => $"từ ngày {Shown(Days.From)} đến ngày {Shown(Days.To)}";

    public static string Shown(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The period the query string asks for, or the errors to show, by field.</summary>
    public static (ReportPeriod? Period, Dictionary<string, string[]>? Errors) Parse(string? kind, string? year, string? month, string? from, string? to, TimeProvider time)
    {
        var today = VietnamTime.Today(time);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(kind) || !Kinds.Contains(kind))
        {
            errors["kind"] = ["Chọn loại kỳ báo cáo: half-year (6 tháng), year (năm), month (tháng) hoặc custom (từ ngày đến ngày)."];
            return (null, errors);
        }

        if (kind == "custom")
        {
            if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
            {
                errors["period"] = ["Kỳ báo cáo tùy chọn cần cả ngày bắt đầu (from) và ngày kết thúc (to), dạng năm-tháng-ngày, ví dụ 2026-06-15."];
                return (null, errors);
            }

            var (days, error) = DashboardPeriod.Parse(from, to, time);
            return days is null
                ? (null, new() { ["period"] = [error!] })
                : (new ReportPeriod(kind, days, $"từ ngày {Shown(days.From)} đến ngày {Shown(days.To)}"), null);
        }

        var y = today.Year;
        if (!string.IsNullOrWhiteSpace(year) && (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out y) || y < 2000 || y > 2100))
        {
            errors["year"] = ["Năm báo cáo phải là số từ 2000 đến 2100, ví dụ 2026."];
        }

        var m = today.Month;
        if (kind == "month" && !string.IsNullOrWhiteSpace(month) && (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out m) || m < 1 || m > 12))
        {
            errors["month"] = ["Tháng báo cáo phải là số từ 1 đến 12."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return kind switch
        {
            "half-year" => (new ReportPeriod(kind, new DashboardPeriod(new DateOnly(y - 1, 12, 15), new DateOnly(y, 6, 14)), $"6 tháng đầu năm {y}"), null),
            "year" => (new ReportPeriod(kind, new DashboardPeriod(new DateOnly(y - 1, 12, 15), new DateOnly(y, 12, 14)), $"năm {y}"), null),
            _ => (new ReportPeriod(kind, new DashboardPeriod(new DateOnly(y, m, 15).AddMonths(-1), new DateOnly(y, m, 14)), $"tháng {m} năm {y}"), null),
        };
    }
}
