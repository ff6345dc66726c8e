using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CdsBot.Admin.Import;

/// <summary>
/// Reads the worksheets of an .xlsx file as rows of text, and writes rows as a workbook: one sheet of text, or several
/// sheets whose numbers stay numbers.
/// </summary>
public static class XlsxTable
{
    /// <summary>The first worksheet's rows.</summary>
    public static List<List<string>> Read(Stream xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart ?? throw new FormatException("Tệp không có bảng tính.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new FormatException("Bảng tính không có trang nào.");
        return ReadSheet(workbook, sheet);
    }

    /// <summary>Every worksheet's rows by the sheet's name, in the workbook's order.</summary>
    public static List<(string Name, List<List<string>> Rows)> ReadSheets(Stream xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart ?? throw new FormatException("Tệp không có bảng tính.");
        return [.. (workbook.Workbook.Sheets?.Elements<Sheet>() ?? []).Select(sheet => (sheet.Name?.Value ?? "", ReadSheet(workbook, sheet)))];
    }

    private static List<List<string>> ReadSheet(WorkbookPart workbook, Sheet sheet)
    {
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var rows = new List<List<string>>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
            while (rows.Count < index - 1)
            {
                rows.Add([]);
            }

            var values = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? values.Count;
                while (values.Count < column)
                {
                    values.Add("");
                }

                values.Add(Text(cell, shared));
            }

            rows.Add(values);
        }

        return rows;
    }

    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var values in rows)
            {
                data.Append(new Row(values.Select(v => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v) { Space = SpaceProcessingModeValues.Preserve }) })));
            }

            part.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "items" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A workbook of several sheets, each with its rows: text cells as text (never a formula), numbers as numbers;
    /// <paramref name="headerRows"/> rows of each sheet are bold and stay in view when scrolling.
    /// </summary>
    public static byte[] WriteSheets(IEnumerable<(string Name, IEnumerable<IReadOnlyList<object?>> Rows)> sheets, int headerRows = 1)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
            var list = new Sheets();
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var count = 0;
                var widths = new List<int>();
                foreach (var values in rows)
                {
                    var header = count++ < headerRows;
                    data.Append(new Row(values.Select((v, i) =>
                    {
                        var text = v is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : v?.ToString() ?? "";
                        while (widths.Count <= i)
                        {
                            widths.Add(8);
                        }

                        widths[i] = Math.Min(80, Math.Max(widths[i], text.Length + 2));
                        var cell = v is long or int or double or decimal
                            ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(text) }
                            : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };
                        if (header)
                        {
                            cell.StyleIndex = 1;
                        }

                        return cell;
                    })));
                }

                var worksheet = new Worksheet();
                if (headerRows > 0)
                {
                    worksheet.Append(new SheetViews(new SheetView(new Pane { VerticalSplit = headerRows, TopLeftCell = $"A{headerRows + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
                }

                if (widths.Count > 0)
                {
                    worksheet.Append(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
                }

                worksheet.Append(data);
                part.Worksheet = worksheet;
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            workbook.Workbook.AppendChild(list);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static string Text(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i < shared.Length)
        {
            return shared[i];
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        return raw;
    }

    /// <summary>"C7" → 2.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
