using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Admin.Import;
using CdsBot.Insights.Reports;
using CdsBot.Tests.Fixtures;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit.Abstractions;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace CdsBot.Tests.Insights.Reports;

/// <summary>
/// "Báo cáo kết quả tuyên truyền" downloaded over HTTP from a host holding <see cref="DashboardSeed"/>, read back with
/// the Open XML SDK: the tables hold the seeded figures and the charts are pictures.
/// </summary>
public sealed class PropagandaReportApiTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string Province = "Tỉnh Thái Bình";

    private readonly StaffBot _bot = new(new Dictionary<string, string?>
    {
        ["Admin:LoginAttemptsPerMinute"] = "1000",
        ["Report:Province"] = Province,
        ["Report:Agency"] = "Sở Khoa học và Công nghệ",
    });

    private HttpClient _editor = null!;

    private static string Query => $"kind=custom&from={DashboardSeed.Iso(DashboardSeed.First)}&to={DashboardSeed.Iso(DashboardSeed.Second)}";

    private static string Shown(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        await DashboardSeed.SeedAsync(_bot.Host.Services);
        _editor = await _bot.AsAsync("editor");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _editor.Dispose();
        _bot.Dispose();
    }

    private async Task<byte[]> DownloadAsync(string file, string type)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _editor.GetAsync($"/admin/api/reports/{file}?{Query}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        output.WriteLine($"{file}: {bytes.Length} bytes in {clock.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"bao-cao-tuyen-truyen-{DashboardSeed.Iso(DashboardSeed.First)}-{DashboardSeed.Iso(DashboardSeed.Second)}.{file.Split('.')[1]}", response.Content.Headers.ContentDisposition?.FileNameStar);
        return bytes;
    }

    /// <summary>The dashboard's expected rows as the DOCX writes numbers (a decimal comma).</summary>
    private static string[][] Vietnamese(string chart) =>
        [.. DashboardSeed.Expected[chart].Skip(1).Select(r => r.Select(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? c.Replace('.', ',') : c).ToArray())];

    [Fact]
    public async Task The_docx_names_the_province_and_period_and_holds_the_seeded_figures_in_tables_and_four_charts_as_pictures()
    {
        var docx = await DownloadAsync("propaganda.docx", ReportsApi.DocxType);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var invalid = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        var text = body.InnerText;
        Assert.Contains("TỈNH THÁI BÌNH", text, StringComparison.Ordinal);
        Assert.Contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", text, StringComparison.Ordinal);
        Assert.Contains($"Số liệu từ ngày {Shown(DashboardSeed.First)} đến ngày {Shown(DashboardSeed.Second)}", text, StringComparison.Ordinal);
        Assert.Equal(["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"], Styled(body, "Heading1"));
        Assert.Equal(3, Styled(body, ReportDocx.PlaceholderStyle).Count);
        var page = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (page.Width!.Value, page.Height!.Value));

        var tables = Tables(body);
        Assert.Equal(12, tables.Count);
        var summary = tables["Các chỉ số chính"].Skip(1).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("11", summary["Tổng số lượt trò chuyện với trợ lý ảo"]);
        Assert.Equal(("4", "6", "1"), (summary["Trong đó qua Trang web"], summary["Trong đó qua Zalo"], summary["Trong đó qua Messenger"]));
        Assert.Equal(("10", "7", "70"), (summary["Số câu hỏi trợ lý ảo tra cứu"], summary["Số câu hỏi có câu trả lời (trả lời được hoặc trích văn bản)"], summary["Tỉ lệ câu hỏi có câu trả lời (%)"]));
        Assert.Equal(("2", "1", "66,7"), (summary["Lượt đánh giá câu trả lời hữu ích"], summary["Lượt đánh giá câu trả lời chưa hữu ích"], summary["Tỉ lệ đánh giá hữu ích (%)"]));
        Assert.Equal(("1", "3", "2", "2"), (summary["Lượt hoàn thành hướng dẫn từng bước"], summary["Lượt hoàn thành bài học"], summary["Lượt dự thi"], summary["Số người dự thi (cộng theo từng cuộc thi)"]));
        Assert.Equal(["1", "4", "3", "2", "1", "1"], new[] { "Số chiến dịch tin tuyên truyền đã gửi", "Lượt tin đã gửi", "Lượt tin người dân đã nhận", "Lượt tin người dân đã đọc", "Lượt bấm liên kết trong tin", "Lượt hủy nhận tin sau khi nhận" }.Select(k => summary[k]));
        Assert.Equal(("2", "1", "1"), (summary["Yêu cầu gặp cán bộ"], summary["Yêu cầu được cán bộ trả lời trong 15 phút"], summary["Yêu cầu chưa được cán bộ trả lời"]));

        Assert.Equal(
            [["Ngày", "Trang web", "Zalo", "Messenger", "Tổng"], [Shown(DashboardSeed.First), "3", "2", "1", "6"], [Shown(DashboardSeed.Second), "1", "4", "0", "5"], ["Tổng cộng", "4", "6", "1", "11"]],
            tables["Số lượt hỏi theo kênh"]);
        Assert.Equal([.. Vietnamese("bands"), ["Tổng cộng", "10", "100"]], tables["Tỉ lệ trả lời câu hỏi"].Skip(1));
        Assert.Equal([.. Vietnamese("routes"), ["Tổng cộng", "11", "100"]], tables["Lượt trò chuyện theo cách bot xử lý"].Skip(1));
        Assert.Equal(["Tổng cộng", "2", "1", "66,7"], tables["Mức độ hài lòng với câu trả lời"][^1]);
        Assert.Equal(Vietnamese("items"), tables["Nội dung hỏi đáp được hỏi nhiều nhất"].Skip(1));
        Assert.Equal(Vietnamese("questions"), tables["Câu hỏi được hỏi nhiều nhất"].Skip(1));
        Assert.Equal(Vietnamese("unanswered"), tables["Câu hỏi chưa trả lời được nhiều nhất"].Skip(1));
        Assert.Equal([.. Vietnamese("learning").SkipLast(1), ["Tổng cộng", "", "4", "3"]], tables["Hướng dẫn và bài học hoàn thành"].Skip(1));
        Assert.Equal([["Cuộc thi", "Số lượt dự thi", "Số người dự thi"], ["Cuộc thi tìm hiểu về chuyển đổi số", "2", "2"], ["Tổng cộng", "2", "2"]], tables["Cuộc thi và người tham gia"]);
        Assert.Equal([.. Vietnamese("broadcasts"), ["Tổng cộng", "4", "3", "2", "1", "1"]], tables["Tin tuyên truyền đã gửi và mức độ tiếp cận"].Skip(1));
        Assert.Equal([.. Vietnamese("handoffs"), ["Tổng cộng", "2", "1"]], tables["Gặp cán bộ: thời gian chờ và trả lời"].Skip(1));
        Assert.All(body.Descendants<Table>().Where(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val == ReportDocx.TableStyle),
            t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));

        var pictures = body.Descendants<DW.Inline>().ToList();
        Assert.Equal(4, pictures.Count);
        foreach (var picture in pictures)
        {
            var blip = picture.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
            var image = Assert.IsType<ImagePart>(main.GetPartById(blip.Embed!.Value!));
            Assert.Equal("image/png", image.ContentType);
            using var png = image.GetStream();
            var signature = new byte[8];
            png.ReadExactly(signature);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, signature);
            Assert.True(png.Length > 10_000, $"a chart is drawn, not a blank picture ({png.Length} bytes)");
        }

        Assert.Equal(["Biểu đồ 1. Số lượt hỏi theo kênh", "Biểu đồ 2. Kết quả trả lời câu hỏi", "Biểu đồ 3. Mức độ tiếp cận của tin tuyên truyền", "Biểu đồ 4. Gặp cán bộ: thời gian chờ và trả lời"],
            pictures.Select(p => p.DocProperties!.Description!.Value));
    }

    [Fact]
    public async Task The_xlsx_has_a_sheet_per_table_with_the_seeded_numbers()
    {
        var xlsx = await DownloadAsync("propaganda.xlsx", ReportsApi.XlsxType);

        var sheets = XlsxTable.ReadSheets(new MemoryStream(xlsx)).ToDictionary(s => s.Name, s => s.Rows);
        Assert.Equal(
            ["Thông tin", "Chỉ số chính", "Lượt hỏi theo kênh", "Tỉ lệ trả lời", "Cách xử lý", "Hài lòng", "Nội dung hỏi nhiều", "Câu hỏi nhiều nhất", "Chưa trả lời được", "Hướng dẫn, bài học", "Cuộc thi", "Tin tuyên truyền", "Gặp cán bộ"],
            sheets.Keys);
        var about = sheets["Thông tin"].ToDictionary(r => r[0], r => r[1]);
        Assert.Equal(Province, about["Đơn vị"]);
        Assert.Equal($"từ ngày {Shown(DashboardSeed.First)} đến ngày {Shown(DashboardSeed.Second)}", about["Số liệu"]);
        Assert.Equal("11", sheets["Chỉ số chính"].Single(r => r[0] == "Tổng số lượt trò chuyện với trợ lý ảo")[1]);
        Assert.Equal("66.7", sheets["Chỉ số chính"].Single(r => r[0] == "Tỉ lệ đánh giá hữu ích (%)")[1]);
        Assert.Equal([.. DashboardSeed.Expected["bands"].Select(r => r.ToList()), ["Tổng cộng", "10", "100"]], sheets["Tỉ lệ trả lời"]);
        Assert.Equal([.. DashboardSeed.Expected["broadcasts"].Select(r => r.ToList()), ["Tổng cộng", "4", "3", "2", "1", "1"]], sheets["Tin tuyên truyền"]);
        Assert.Equal([["Cuộc thi", "Số lượt dự thi", "Số người dự thi"], ["Cuộc thi tìm hiểu về chuyển đổi số", "2", "2"], ["Tổng cộng", "2", "2"]], sheets["Cuộc thi"]);
        Assert.Equal([.. DashboardSeed.Expected["handoffs"].Select(r => r.ToList()), ["Tổng cộng", "2", "1"]], sheets["Gặp cán bộ"]);
    }

    [Fact]
    public async Task Text_staff_post_for_sections_I_to_III_replaces_the_paragraphs_in_brackets()
    {
        using var response = await _editor.PostAsJsonAsync("/admin/api/reports/propaganda.docx", new
        {
            kind = "custom",
            from = DashboardSeed.Iso(DashboardSeed.First),
            to = DashboardSeed.Iso(DashboardSeed.Second),
            achievements = "Sở đã phối hợp với Tỉnh đoàn tổ chức tuyên truyền tại 12 xã.\n\nCác xã đã treo 40 băng rôn.",
            directions = "Tiếp tục hướng dẫn người dân kích hoạt tài khoản định danh điện tử.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var first = paragraphs.IndexOf("Sở đã phối hợp với Tỉnh đoàn tổ chức tuyên truyền tại 12 xã.");
        Assert.True(first > paragraphs.IndexOf("I. KẾT QUẢ ĐẠT ĐƯỢC"), "section I holds what staff wrote");
        Assert.Equal("Các xã đã treo 40 băng rôn.", paragraphs[first + 1]);
        Assert.Contains("Tiếp tục hướng dẫn người dân kích hoạt tài khoản định danh điện tử.", paragraphs);
        // Section II was left empty: its paragraph in brackets stays for Word.
        Assert.Equal(["[Nêu những tồn tại, hạn chế và nguyên nhân. Cán bộ thay đoạn này bằng nội dung của đơn vị.]"], Styled(body, ReportDocx.PlaceholderStyle));
    }

    [Fact]
    public async Task A_year_report_shows_the_questions_by_month_from_15_December_to_14_December()
    {
        var year = DashboardSeed.Second.Month == 12 && DashboardSeed.Second.Day >= 15 ? DashboardSeed.Second.Year + 1 : DashboardSeed.Second.Year;
        using var response = await _editor.GetAsync($"/admin/api/reports/propaganda.docx?kind=year&year={year}");
        var docx = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains($"Kết quả tuyên truyền năm {year}", body.InnerText, StringComparison.Ordinal);
        Assert.Contains($"Số liệu từ ngày 15/12/{year - 1} đến ngày 14/12/{year}", body.InnerText, StringComparison.Ordinal);
        var channels = Tables(body)["Số lượt hỏi theo kênh"];
        Assert.Equal(["Tháng", "Trang web", "Zalo", "Messenger", "Tổng"], channels[0]);
        Assert.Equal(15, channels.Count); // the header, 12/(year-1) to 12/year, the total
        // The seed also has a web turn on the day after its two days: in the year unless that day is 15/12.
        var web = DashboardSeed.Second.AddDays(1) <= new DateOnly(year, 12, 14) ? 5 : 4;
        Assert.Equal(["Tổng cộng", $"{web}", "6", "1", $"{web + 7}"], channels[^1]);
        Assert.Equal(web + 7, channels[1..^1].Sum(r => int.Parse(r[4], CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("", "kind", "Chọn loại kỳ báo cáo")]
    [InlineData("kind=quarter", "kind", "Chọn loại kỳ báo cáo")]
    [InlineData("kind=month&year=2026&month=13", "month", "Tháng báo cáo phải là số từ 1 đến 12")]
    [InlineData("kind=year&year=hai-nghìn", "year", "Năm báo cáo phải là số")]
    [InlineData("kind=custom&from=2026-06-01", "period", "cần cả ngày bắt đầu")]
    [InlineData("kind=custom&from=2026-06-15&to=2026-06-01", "period", "Ngày kết thúc phải sau ngày bắt đầu")]
    [InlineData("kind=custom&from=2025-01-01&to=2026-06-01", "period", "tối đa 366 ngày")]
    public async Task A_period_that_cannot_be_reported_gets_a_Vietnamese_problem(string query, string field, string message)
    {
        foreach (var file in new[] { "propaganda.docx", "propaganda.xlsx" })
        {
            using var response = await _editor.GetAsync($"/admin/api/reports/{file}?{query}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Kỳ báo cáo chưa đúng.", problem.GetProperty("title").GetString());
            Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Only_signed_in_staff_download_the_report()
    {
        using var response = await _bot.Anonymous().GetAsync($"/admin/api/reports/propaganda.docx?{Query}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static List<string> Styled(Body body, string style) =>
        [.. body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == style).Select(p => p.InnerText)];

    /// <summary>Each report table's cells as text, by the title of its caption ("Bảng 3. Title").</summary>
    private static Dictionary<string, List<string[]>> Tables(Body body)
    {
        var tables = new Dictionary<string, List<string[]>>();
        string? caption = null;
        foreach (var element in body.ChildElements)
        {
            if (element is Paragraph p && p.ParagraphProperties?.ParagraphStyleId?.Val == "Caption" && p.InnerText.StartsWith("Bảng ", StringComparison.Ordinal))
            {
                caption = p.InnerText[(p.InnerText.IndexOf(". ", StringComparison.Ordinal) + 2)..];
            }
            else if (element is Table table && caption is not null)
            {
                tables[caption] = [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray())];
                caption = null;
            }
        }

        return tables;
    }
}
