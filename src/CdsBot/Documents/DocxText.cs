using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CdsBot.Documents;

/// <summary>
/// A .docx file's body: paragraphs in order, each with its list number or bullet as Word shows it ("Điều 1.", "a)",
/// "-"), and each table row as one line of tab-separated cells. Headers, footers and notes are left out.
/// </summary>
internal static class DocxText
{
    public static string Read(byte[] bytes)
    {
        // Word saves a password-protected document (and the old .doc format) as an OLE compound file, not a zip package.
        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            throw new DocumentTextException(DocumentTextError.Unreadable("Word", "Tệp có thể đang đặt mật khẩu, hoặc là tệp .doc cũ đổi tên thành .docx: hãy gỡ mật khẩu, lưu lại dạng .docx."));
        }

        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body ?? throw new DocumentTextException(DocumentTextError.Unreadable("Word"));
            var numbering = new DocxNumbering(main!.NumberingDefinitionsPart, main.StyleDefinitionsPart);
            var text = new StringBuilder();
            foreach (var block in Blocks(body))
            {
                if (block is Table table)
                {
                    foreach (var row in table.Descendants<TableRow>())
                    {
                        var cells = row.Elements<TableCell>().Select(c => string.Join(' ', c.Descendants<Paragraph>().Select(Runs).Where(t => t.Length > 0)));
                        var line = string.Join('\t', cells);
                        if (line.Trim('\t', ' ').Length > 0)
                        {
                            text.Append(line).Append('\n');
                        }
                    }

                    text.Append('\n');
                }
                else if (block is Paragraph paragraph)
                {
                    var runs = Runs(paragraph);
                    var label = numbering.Label(paragraph);
                    text.Append(label is null || runs.Length == 0 ? runs : $"{label} {runs}").Append('\n');
                }
            }

            return text.ToString();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException)
        {
            throw new DocumentTextException(DocumentTextError.Unreadable("Word"), ex);
        }
    }

    /// <summary>Top-level paragraphs and tables in document order, looking inside content controls and other wrappers.</summary>
    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is Paragraph or Table)
            {
                yield return child;
            }
            else
            {
                foreach (var inner in Blocks(child))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The text a paragraph shows: its runs' text, tabs and line breaks (deleted revisions and field codes are not text).</summary>
    private static string Runs(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
