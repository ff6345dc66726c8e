using System.Globalization;
using System.Text.RegularExpressions;
using CdsBot.Admin.Items;
using CdsBot.Dialogs.Content;

namespace CdsBot.Admin.Import;

/// <summary>Turns spreadsheet rows into items (checking every row, naming each problem) and items into rows.</summary>
public static partial class ItemSheet
{
    public static (List<ItemRow> Rows, List<RowError> Errors) Read(List<List<string>> table, ContentSet content)
    {
        var errors = new List<RowError>();
        var rows = new List<ItemRow>();
        if (table.Count == 0)
        {
            errors.Add(new RowError(1, "", "Tệp không có dòng nào."));
            return (rows, errors);
        }

        var header = table[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = ItemColumns.All.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new RowError(1, string.Join(", ", missing), "Thiếu cột bắt buộc: dòng đầu tiên phải có tên mọi cột."));
            return (rows, errors);
        }

        var seen = new HashSet<string>();
        for (var r = 1; r < table.Count; r++)
        {
            var cells = table[r];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var rowNumber = r + 1;
            string Cell(string column) => header.IndexOf(column) is var i && i >= 0 && i < cells.Count ? cells[i].Trim() : "";
            var id = Cell("id");
            if (!IdPattern().IsMatch(id))
            {
                errors.Add(new RowError(rowNumber, "id", $"'{id}' không phải mã hợp lệ (chữ thường, số, dấu gạch ngang)."));
            }
            else if (!seen.Add(id))
            {
                errors.Add(new RowError(rowNumber, "id", $"Mã '{id}' xuất hiện hai lần."));
            }

            var itemContent = new ItemContent
            {
                Topic = Cell("topic"),
                Locality = Cell("locality") is { Length: > 0 } locality ? locality : Localities.National,
                Question = Cell("question"),
                Variants = Lines(Cell("variants")),
                Answer = Cell("answer"),
                Sources = List(Cell("sources")),
                Links = [.. Lines(Cell("links")).Select(l => l.Split('|', 2, StringSplitOptions.TrimEntries)).Select(p => new ContentLink(p[0], p.Length > 1 ? p[1] : p[0]))],
                FollowUps = List(Cell("follow_ups")),
                Tags = List(Cell("tags")),
                ValidFrom = Date(Cell("valid_from"), rowNumber, "valid_from", errors),
                ValidTo = Date(Cell("valid_to"), rowNumber, "valid_to", errors),
                Verbatim = Flag(Cell("verbatim"), rowNumber, "verbatim", errors),
            };
            foreach (var (field, messages) in itemContent.Validate(content))
            {
                errors.AddRange(messages.Select(m => new RowError(rowNumber, field, m)));
            }

            rows.Add(new ItemRow(rowNumber, id, itemContent));
        }

        return (rows, errors);
    }

    public static IEnumerable<IReadOnlyList<string>> Write(IEnumerable<FaqItem> items) =>
        new[] { (IReadOnlyList<string>)[.. ItemColumns.All, .. ItemColumns.Optional] }.Concat(items.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => (IReadOnlyList<string>)
        [
            i.Id, i.Topic, i.Locality, i.Question, string.Join('\n', i.Variants), i.Answer, string.Join(", ", i.Sources),
            string.Join('\n', i.Links.Select(l => $"{l.Title} | {l.Url}")), string.Join(", ", i.FollowUps), string.Join(", ", i.Tags),
            i.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", i.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            i.Verbatim ? "true" : "",
        ]));

    private static bool Flag(string cell, int row, string column, List<RowError> errors)
    {
        switch (cell.ToLowerInvariant())
        {
            case "" or "false" or "0" or "không":
                return false;
            case "true" or "1" or "có":
                return true;
            default:
                errors.Add(new RowError(row, column, $"'{cell}' phải là true hoặc để trống."));
                return false;
        }
    }

    private static List<string> Lines(string cell) => [.. cell.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static List<string> List(string cell) => [.. cell.Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static DateOnly? Date(string cell, int row, string column, List<RowError> errors)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        // As the content files write dates, or as Vietnamese staff type them (31/12/2025, 1/7/2025).
        if (DateOnly.TryParseExact(cell, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // Excel keeps a date typed into a cell as a serial number.
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        errors.Add(new RowError(row, column, $"'{cell}' không phải ngày: gõ dạng ngày/tháng/năm (31/12/2025) hoặc năm-tháng-ngày (2025-12-31)."));
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,118}$")]
    private static partial Regex IdPattern();
}
