using System.Text.RegularExpressions;
using CdsBot.Tests.Admin.Documents;
using CdsBot.Tests.Fixtures;
using Microsoft.Playwright;

namespace CdsBot.Tests.Admin.Ui;

/// <summary>The "Văn bản" tab in real Chromium: uploading full texts, reading passages, writing an item from a passage.</summary>
#pragma warning disable CA1001 // xunit disposes both through IAsyncLifetime.DisposeAsync.
public sealed class DocumentsUiTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Decision = DocumentTextsApiTests.Decision;
    private const string Plan = "749/QĐ-TTg";

    private readonly string _files = Directory.CreateTempSubdirectory("cdsbot-upload-").FullName;
    private readonly ChatModelStandIn _model = new();
    private StaffBot _bot = null!;
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _bot = new StaffBot(new Dictionary<string, string?>
        {
            ["Admin:LoginAttemptsPerMinute"] = "1000",
            ["Llm:Enabled"] = "true",
            ["Llm:Endpoint"] = _model.BaseUrl,
            ["Llm:ApiKey"] = ChatModelStandIn.Key,
            ["Llm:Deployment"] = ChatModelStandIn.Deployment,
        });
        // Rephrasing calls get the curated answer back; drafting from the passage about 10 October one good pair and one that
        // invents a year, from any other passage none.
        _model.Respond = call => ChatModelStandIn.ModelReply.Text(!call.System.StartsWith("You draft question-and-answer pairs", StringComparison.Ordinal) ? call.CuratedAnswer
            : !call.Data["passage"]!.GetValue<string>().Contains("10 tháng 10", StringComparison.Ordinal) ? """{"pairs": []}"""
            : """{"pairs": [{"question": "Ngày Chuyển đổi số quốc gia là ngày nào?", "answer": "Ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia."}, {"question": "Có từ năm nào?", "answer": "Từ năm 2020, ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia."}]}""");
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _bot.Dispose();
        await _model.DisposeAsync();
        Directory.Delete(_files, recursive: true);
    }

    private async Task<IPage> SignInAsync(string user)
    {
        var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = _bot.Anonymous().BaseAddress!.ToString(), Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/");
        await page.GetByLabel("Tên đăng nhập").FillAsync(user);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffBot.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(user);
        return page;
    }

    private static async Task OpenDocumentAsync(IPage page, string number)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Văn bản", Exact = true }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = number, Exact = true }) });
        await row.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Assertions.Expect(page.Locator("#document-title")).ToContainTextAsync(number);
        await Assertions.Expect(page.Locator("#document-view")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#document-view :focus")).ToHaveCountAsync(1);
    }

    private async Task UploadAsync(IPage page, string fileName, byte[] bytes)
    {
        var file = Path.Combine(_files, fileName);
        await File.WriteAllBytesAsync(file, bytes);
        await page.GetByLabel("Tệp toàn văn (DOCX, PDF hoặc TXT)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
    }

    private static ILocator Passages(IPage page) => page.GetByRole(AriaRole.List, new() { Name = "Các đoạn của văn bản" });

    [Fact]
    public async Task A_publisher_uploads_a_docx_and_a_pdf_and_reads_their_passages()
    {
        var publisher = await SignInAsync("publisher");

        await OpenDocumentAsync(publisher, Decision);
        await UploadAsync(publisher, "quyet-dinh-505.docx", DocumentTextsApiTests.DecisionDocx());
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã tải lên toàn văn {Decision}");
        await Assertions.Expect(Passages(publisher)).ToContainTextAsync("Lấy ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia.");
        await Assertions.Expect(publisher.Locator("#document-source")).ToContainTextAsync("quyet-dinh-505.docx");

        await OpenDocumentAsync(publisher, Plan);
        // ASCII only: the PDF builder's standard fonts cannot write Vietnamese letters (see DocumentFiles.Pdf).
        await UploadAsync(publisher, "de-an-06.pdf", DocumentFiles.Pdf("Article 1. Develop digital government by 2025.", "Article 2. Online public services at level 4."));
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã tải lên toàn văn {Plan}");
        await Assertions.Expect(Passages(publisher)).ToContainTextAsync("Article 1. Develop digital government by 2025.");
        await Assertions.Expect(publisher.GetByRole(AriaRole.Row).Filter(new() { HasText = Plan })).ToContainTextAsync(new Regex(@"Có \(\d+ đoạn\)"));
        await publisher.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "cdsbot-admin-documents.png"), FullPage = true });
    }

    [Fact]
    public async Task An_encrypted_or_scanned_pdf_is_refused_with_a_vietnamese_message_and_nothing_is_kept()
    {
        var publisher = await SignInAsync("publisher");
        await OpenDocumentAsync(publisher, Decision);

        await UploadAsync(publisher, "mat-khau.pdf", DocumentFiles.EncryptedPdf());
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tệp PDF được mã hóa (đặt mật khẩu), không đọc được nội dung. Vui lòng gỡ mật khẩu rồi tải lại.");

        await UploadAsync(publisher, "ban-scan.pdf", DocumentFiles.ScannedPdf());
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("Tệp PDF chỉ có hình ảnh (bản scan), không có chữ để đọc.");

        await Assertions.Expect(publisher.Locator("#document-source")).ToHaveTextAsync("Văn bản này chưa có toàn văn.");
        await Assertions.Expect(Passages(publisher).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Tao_muc_hoi_dap_on_a_passage_opens_the_item_form_with_the_passage_its_document_and_the_citizens_question()
    {
        // A question the bot does not answer by itself (a choice between two items about the day), which the decision's passage does.
        const string Question = "ngày chuyển đổi số quốc gia do văn bản nào đặt ra vậy";
        await new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u").SayAsync(Question);
        var publisher = await SignInAsync("publisher");
        await OpenDocumentAsync(publisher, Decision);
        await UploadAsync(publisher, "quyet-dinh-505.docx", DocumentTextsApiTests.DecisionDocx());
        await Assertions.Expect(Passages(publisher)).ToContainTextAsync("Điều 1.");

        await publisher.GetByRole(AriaRole.Button, new() { Name = "Câu hỏi chưa trả lời" }).ClickAsync();
        var queued = publisher.GetByRole(AriaRole.Article, new() { Name = Question });
        await Assertions.Expect(queued).ToHaveCountAsync(1);
        await queued.GetByRole(AriaRole.Button, new() { Name = "Tìm trong văn bản" }).ClickAsync();
        await Assertions.Expect(publisher.Locator("#documents-question")).ToContainTextAsync(Question);
        await OpenDocumentAsync(publisher, Decision);
        var passage = Passages(publisher).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Lấy ngày 10 tháng 10" });
        var passageText = await passage.Locator("p").InnerTextAsync();
        await passage.GetByRole(AriaRole.Button, new() { Name = "Tạo mục hỏi đáp" }).ClickAsync();

        await Assertions.Expect(publisher.GetByLabel("Câu trả lời")).ToHaveValueAsync(passageText);
        await Assertions.Expect(publisher.GetByRole(AriaRole.List, new() { Name = "Văn bản nguồn đã chọn" })).ToContainTextAsync(Decision);
        await Assertions.Expect(publisher.GetByLabel("Cách hỏi khác (mỗi dòng một câu)")).ToHaveValueAsync(Question);
        await Assertions.Expect(publisher.GetByLabel("Câu hỏi", new() { Exact = true })).ToHaveValueAsync("");

        await publisher.GetByLabel("Mã mục", new() { Exact = true }).FillAsync("ngay-cds-tu-van-ban");
        await publisher.GetByLabel("Câu hỏi", new() { Exact = true }).FillAsync("Ngày Chuyển đổi số quốc gia là ngày nào?");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Tạo mục" }).ClickAsync();
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo bản nháp: ngay-cds-tu-van-ban");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Câu hỏi chưa trả lời" }).ClickAsync();
        await Assertions.Expect(publisher.GetByRole(AriaRole.Row).Filter(new() { HasText = Question })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task De_xuat_hoi_dap_files_the_pair_that_keeps_to_the_passage_for_review_and_lists_the_one_inventing_a_year()
    {
        var publisher = await SignInAsync("publisher");
        await OpenDocumentAsync(publisher, Decision);
        await UploadAsync(publisher, "quyet-dinh-505.docx", DocumentTextsApiTests.DecisionDocx());
        await Assertions.Expect(Passages(publisher)).ToContainTextAsync("Điều 1.");

        var editor = await SignInAsync("editor");
        await OpenDocumentAsync(editor, Decision);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Đề xuất hỏi đáp" }).ClickAsync();

        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo 1 bản nháp chờ duyệt; 1 cặp hỏi đáp bị loại.");
        var result = editor.Locator("#document-drafted");
        await Assertions.Expect(result).ToContainTextAsync("505-qd-ttg-d");
        await Assertions.Expect(result).ToContainTextAsync("\"2020\"");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Nội dung" }).ClickAsync();
        await editor.GetByLabel("Tìm mục").FillAsync("Ngày Chuyển đổi số quốc gia là ngày nào");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Row).Filter(new() { HasText = "505-qd-ttg-d" })).ToContainTextAsync("Chờ duyệt");
    }

    [Fact]
    public async Task An_editor_reads_passages_and_may_ask_for_drafts_but_has_no_upload_form()
    {
        var publisher = await SignInAsync("publisher");
        await OpenDocumentAsync(publisher, Decision);
        await UploadAsync(publisher, "quyet-dinh-505.docx", DocumentTextsApiTests.DecisionDocx());
        await Assertions.Expect(Passages(publisher)).ToContainTextAsync("Điều 1.");

        var editor = await SignInAsync("editor");
        await OpenDocumentAsync(editor, Decision);

        await Assertions.Expect(Passages(editor)).ToContainTextAsync("Quyết định này có hiệu lực từ ngày ký ban hành.");
        await Assertions.Expect(editor.GetByLabel("Tệp toàn văn (DOCX, PDF hoặc TXT)")).ToBeHiddenAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Đề xuất hỏi đáp" })).ToBeVisibleAsync();
    }
}
