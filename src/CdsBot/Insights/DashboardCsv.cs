using System.Globalization;
using System.Text;
using CdsBot.Admin.Import;

namespace CdsBot.Insights;

/// <summary>A dashboard table as CSV: UTF-8 with a byte order mark (so Excel reads the Vietnamese), numbers in invariant form.</summary>
public static class DashboardCsv
{
    public static byte[] Write(DashboardTable table)
    {
        IEnumerable<IReadOnlyList<string>> rows = [table.Columns, .. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(Cell)])];
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CsvTable.Write(rows))];
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        // Text citizens typed must not run as a spreadsheet formula when the file is opened.
        string text when text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) => "'" + text,
        string text => text,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
