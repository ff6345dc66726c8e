using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace CdsBot.Insights.Reports;

/// <summary>
/// The report as a Word document laid out as an administrative report (Decree 30/2020/NĐ-CP: A4 portrait, Times New
/// Roman 13 pt, margins 20 mm top and bottom, 30 mm left, 20 mm right): the heading with the province and the
/// national motto, the title and period, sections I–III whose figures are tables and charts, and paragraphs in square
/// brackets for staff to replace in Word.
/// </summary>
public static class ReportDocx
{
    public const string TableStyle = "BangBaoCao";
    public const string PlaceholderStyle = "NoiDungCanBoSoan";

    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int LeftMargin = 1701;
    private const int RightMargin = 1134;
    private const int TextWidth = PageWidth - LeftMargin - RightMargin;
    private const long EmuPerTwip = 635;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static byte[] Write(PropagandaReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            main.Document = new Document(body);
            new Writer(main, body, report).Write();
            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
                new PageMargin { Top = 1134, Bottom = 1134, Left = LeftMargin, Right = RightMargin, Header = 709, Footer = 709, Gutter = 0 }));
            document.PackageProperties.Title = $"Báo cáo kết quả tuyên truyền {report.Period.Name}";
            document.PackageProperties.Creator = report.Province;
            document.PackageProperties.Language = "vi-VN";
        }

        return stream.ToArray();
    }

    /// <summary>A number as Vietnamese write it: 1.234 and 66,7.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("#,##0.#", Vietnamese),
        long or int => ((IFormattable)value).ToString("N0", Vietnamese),
        _ => value.ToString() ?? "",
    };

    private sealed class Writer(MainDocumentPart main, Body body, PropagandaReport report)
    {
        private uint _pictures;
        private int _tables;

        public void Write()
        {
            var s = report.Sections;
            Heading();
            Heading1("I. KẾT QUẢ ĐẠT ĐƯỢC");
            Narrative(report.Narrative.Achievements, "[Tóm tắt công tác tuyên truyền trong kỳ: các hoạt động đã triển khai, văn bản chỉ đạo, sự phối hợp của các cơ quan, đơn vị. Cán bộ thay đoạn này bằng nội dung của đơn vị.]");
            Paragraph(Headline(s));
            Heading2("1. Các chỉ số chính");
            Table(s.Summary);
            Heading2("2. Người dân hỏi đáp với trợ lý ảo");
            Table(s.Channels);
            Chart(report.Charts.Channels);
            Table(s.Bands);
            Chart(report.Charts.Bands);
            Table(s.Routes);
            Table(s.Satisfaction);
            Heading2("3. Nội dung được quan tâm nhiều nhất");
            Table(s.TopItems);
            Table(s.TopQuestions);
            Heading2("4. Hướng dẫn, bài học và cuộc thi");
            Table(s.Learning);
            Table(s.Contests);
            Heading2("5. Tin tuyên truyền đã gửi");
            Table(s.Campaigns);
            Chart(report.Charts.Campaigns);
            Heading2("6. Hỗ trợ trực tiếp của cán bộ");
            Table(s.Handoffs);
            Chart(report.Charts.Handoffs);
            Heading1("II. TỒN TẠI, HẠN CHẾ");
            Narrative(report.Narrative.Shortcomings, "[Nêu những tồn tại, hạn chế và nguyên nhân. Cán bộ thay đoạn này bằng nội dung của đơn vị.]");
            Paragraph("Những câu hỏi trợ lý ảo chưa trả lời được nhiều nhất trong kỳ (cần bổ sung nội dung hỏi đáp):");
            Table(s.Unanswered);
            Heading1("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
            Narrative(report.Narrative.Directions, "[Nêu phương hướng, nhiệm vụ trọng tâm của kỳ tới và các đề xuất, kiến nghị. Cán bộ thay đoạn này bằng nội dung của đơn vị.]");
            Signature();
        }

        /// <summary>The heading block: the province and agency on the left, the national motto on the right; then the date, the title and the period.</summary>
        private void Heading()
        {
            // The national motto needs about 10 cm on one line: the heading reaches 5 mm into each margin, as the
            // printed templates do, and the province and agency take the rest.
            var (left, right) = (3900, TextWidth + 567 - 3900);
            var agency = string.IsNullOrWhiteSpace(report.Agency) ? "……………………" : report.Agency;
            var heading = new Table(
                new TableProperties(
                    new TableWidth { Width = (left + right).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableIndentation { Width = -283, Type = TableWidthUnitValues.Dxa },
                    new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                    new TableLayout { Type = TableLayoutValues.Fixed }),
                new TableGrid(new GridColumn { Width = left.ToString(CultureInfo.InvariantCulture) }, new GridColumn { Width = right.ToString(CultureInfo.InvariantCulture) }),
                new TableRow(
                    Cell(left, Centered(report.Province.ToUpper(Vietnamese), bold: false, size: 24), Centered(agency.ToUpper(Vietnamese), bold: true, size: 24), Centered("———", bold: false, size: 24)),
                    Cell(right, Centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24), Centered("Độc lập - Tự do - Hạnh phúc", bold: true, size: 26), Centered("———", bold: false, size: 24))));
            body.Append(heading);
            var made = report.MadeOn;
            body.Append(new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { Before = "120", After = "240" }, new Justification { Val = JustificationValues.Right }),
                new Run(new RunProperties(new Italic()), new Text($"……, ngày {made.Day} tháng {made.Month} năm {made.Year}"))));
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), new Run(new Text("BÁO CÁO"))));
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Subtitle" }), new Run(new Text($"Kết quả tuyên truyền {report.Period.Name}"))));
            body.Append(new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center }),
                new Run(new RunProperties(new Italic()), new Text($"(Số liệu {report.Period.Range}, do trợ lý ảo tổng hợp ngày {ReportPeriod.Shown(report.MadeOn)})"))));
        }

        private static string Headline(ReportSections s)
        {
            var figures = s.Summary.Rows.ToDictionary(r => (string)r[0]!, r => r[1]);
            return $"Trong kỳ, trợ lý ảo đã tiếp nhận {Format(figures["Tổng số lượt trò chuyện với trợ lý ảo"])} lượt trò chuyện, tra cứu "
                + $"{Format(figures["Số câu hỏi trợ lý ảo tra cứu"])} câu hỏi, trong đó {Format(figures["Tỉ lệ câu hỏi có câu trả lời (%)"])}% có câu trả lời; "
                + $"đã gửi {Format(figures["Lượt tin đã gửi"])} lượt tin tuyên truyền và ghi nhận {Format(figures["Lượt dự thi"])} lượt dự thi. Số liệu cụ thể như sau:";
        }

        private void Signature()
        {
            var half = TextWidth / 2;
            var signature = new Table(
                new TableProperties(
                    new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                    new TableLayout { Type = TableLayoutValues.Fixed }),
                new TableGrid(new GridColumn { Width = half.ToString(CultureInfo.InvariantCulture) }, new GridColumn { Width = half.ToString(CultureInfo.InvariantCulture) }),
                new TableRow(
                    Cell(half,
                        new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "0" }), new Run(new RunProperties(new Bold(), new Italic(), new FontSize { Val = "24" }), new Text("Nơi nhận:"))),
                        new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), new Run(new RunProperties(new FontSize { Val = "22" }), new Text("- ……;"))),
                        new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), new Run(new RunProperties(new FontSize { Val = "22" }), new Text("- Lưu: VT.")))),
                    Cell(half,
                        new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "0" }, new Justification { Val = JustificationValues.Center }), new Run(new RunProperties(new Bold()), new Text("THỦ TRƯỞNG CƠ QUAN"))),
                        new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "1200" }, new Justification { Val = JustificationValues.Center }), new Run(new RunProperties(new Italic()), new Text("(Ký, ghi rõ họ tên, đóng dấu)"))))));
            body.Append(signature);
        }

        private void Heading1(string text) => body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(text))));

        private void Heading2(string text) => body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }), new Run(new Text(text))));

        private void Paragraph(string text) => body.Append(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));

        /// <summary>The paragraphs staff wrote for a section, or the bracketed one to replace in Word.</summary>
        private void Narrative(string? written, string placeholder)
        {
            var paragraphs = ReportNarrative.Paragraphs(written);
            if (paragraphs.Count == 0)
            {
                Placeholder(placeholder);
            }

            foreach (var paragraph in paragraphs)
            {
                Paragraph(paragraph);
            }
        }

        private void Placeholder(string text) => body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = PlaceholderStyle }), new Run(new Text(text))));

        /// <summary>A numbered caption, then the table: a header row repeated on each page, numbers right-aligned, the total row bold.</summary>
        private void Table(ReportTable table)
        {
            _tables++;
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }, new KeepNext()), new Run(new Text($"Bảng {_tables}. {table.Title}"))));
            var numeric = Enumerable.Range(0, table.Columns.Count).Select(c => c > 0 && table.Rows.All(r => r[c] is null or long or int or double)).ToList();
            var widths = Widths(numeric);
            var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
            var result = new Table(
                new TableProperties(
                    new TableStyle { Val = TableStyle },
                    new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableLook { FirstRow = true, NoHorizontalBand = true, NoVerticalBand = true }),
                grid);
            result.Append(new TableRow(
                [new TableRowProperties(new TableHeader(), new CantSplit()), .. table.Columns.Select((c, i) => Cell(widths[i], TableParagraph(c, bold: true, JustificationValues.Center), shaded: true))]));
            if (table.Rows.Count == 0)
            {
                result.Append(new TableRow(new TableRowProperties(new CantSplit()), Cell(TextWidth, TableParagraph("Không có số liệu trong kỳ.", bold: false, JustificationValues.Left), span: table.Columns.Count)));
            }

            foreach (var row in table.Rows)
            {
                var total = (string?)row[0] == PropagandaReport.Total;
                result.Append(new TableRow(
                    [new TableRowProperties(new CantSplit()), .. row.Select((v, i) => Cell(widths[i], TableParagraph(Format(v), bold: total, numeric[i] ? JustificationValues.Right : JustificationValues.Left)))]));
            }

            body.Append(result);
            body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
        }

        /// <summary>Text columns share what the number columns (at most 2.8 cm each, 60 % of the line together) leave.</summary>
        private static List<int> Widths(List<bool> numeric)
        {
            var numbers = numeric.Count(n => n);
            var numberWidth = numbers == 0 ? 0 : Math.Min(1600, TextWidth * 3 / 5 / numbers);
            var texts = numeric.Count - numbers;
            var textWidth = (TextWidth - (numbers * numberWidth)) / Math.Max(1, texts);
            return [.. numeric.Select(n => n ? numberWidth : textWidth)];
        }

        private void Chart(ReportChart chart)
        {
            var part = main.AddImagePart(ImagePartType.Png);
            using (var png = new MemoryStream(chart.Png))
            {
                part.FeedData(png);
            }

            var id = ++_pictures;
            var cx = TextWidth * EmuPerTwip;
            var cy = cx * chart.Height / chart.Width;
            var picture = new Drawing(new DW.Inline(
                new DW.Extent { Cx = cx, Cy = cy },
                new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
                new DW.DocProperties { Id = id, Name = $"Biểu đồ {id}", Description = chart.Title },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(
                    new PIC.Picture(
                        new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = $"bieu-do-{id}.png" }, new PIC.NonVisualPictureDrawingProperties()),
                        new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                        new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
            body.Append(new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "0" }, new Justification { Val = JustificationValues.Center }), new Run(picture)));
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }), new Run(new Text(chart.Title))));
        }

        private static Paragraph TableParagraph(string text, bool bold, JustificationValues justification) =>
            new(new ParagraphProperties(new ParagraphStyleId { Val = "BangChu" }, new Justification { Val = justification }),
                new Run(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

        private static Paragraph Centered(string text, bool bold, int size)
        {
            var run = new RunProperties(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
            if (bold)
            {
                run.PrependChild(new Bold());
            }

            return new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Center }),
                new Run(run, new Text(text)));
        }

        private static TableCell Cell(int width, params Paragraph[] paragraphs) =>
            new([new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }), .. paragraphs]);

        private static TableCell Cell(int width, Paragraph paragraph, bool shaded = false, int span = 1)
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (span > 1)
            {
                properties.Append(new GridSpan { Val = span });
            }

            if (shaded)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            }

            properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            return new TableCell(properties, paragraph);
        }
    }

    private static Styles Styles()
    {
        static RunFonts Times() => new() { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" };
        static Style Paragraph(string id, string name, StyleParagraphProperties paragraph, StyleRunProperties run, bool primary = true)
        {
            var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = id };
            if (primary)
            {
                style.Append(new PrimaryStyle());
            }

            style.Append(paragraph, run);
            return style;
        }

        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" });
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Times(), new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" }, new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "288", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(), new StyleParagraphProperties(new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both })) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Paragraph("Title", "Title", new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "0" }, new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Center }), new StyleRunProperties(new Bold(), new FontSize { Val = "28" })),
            Paragraph("Subtitle", "Subtitle", new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }, new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Center }), new StyleRunProperties(new Bold(), new FontSize { Val = "28" })),
            Paragraph("Heading1", "heading 1", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Left }, new OutlineLevel { Val = 0 }), new StyleRunProperties(new Bold(), new FontSize { Val = "26" })),
            Paragraph("Heading2", "heading 2", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "180", After = "120" }, new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Left }, new OutlineLevel { Val = 1 }), new StyleRunProperties(new Bold(), new FontSize { Val = "26" })),
            Paragraph("Caption", "caption", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }, new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Center }), new StyleRunProperties(new Bold(), new Italic(), new FontSize { Val = "24" })),
            Paragraph(PlaceholderStyle, "Nội dung cán bộ soạn", new StyleParagraphProperties(), new StyleRunProperties(new Italic(), new Color { Val = "595959" })),
            Paragraph("BangChu", "Chữ trong bảng", new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLine = "0" }), new StyleRunProperties(new FontSize { Val = "24" }), primary: false),
            new Style(
                new StyleName { Val = "Bảng báo cáo" },
                new StyleTableProperties(borders, new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa }, new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = TableStyle });
    }
}
