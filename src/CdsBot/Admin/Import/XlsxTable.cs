using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CdsBot.Admin.Import;

/// <summary>Reads the first worksheet of an .xlsx file as rows of text, and writes rows as a one-sheet workbook.</summary>
public static class XlsxTable
{
    public static List<List<string>> Read(Stream xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart ?? throw new FormatException("Tệp không có bảng tính.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new FormatException("Bảng tính không có trang nào.");
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
