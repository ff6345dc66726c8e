using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Lessons;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CdsBot.Tests.Admin.Ui;

/// <summary>
/// The unanswered queue, the reference tables (documents, synonyms, shorthand), the help page and imports with Vietnamese
/// dates, in real Chromium. Each page is also photographed at a phone's and a desktop's size (in the temp folder,
/// cdsbot-staff-*.png) to be looked at.
/// </summary>
#pragma warning disable CA1001 // xunit disposes both through IAsyncLifetime.DisposeAsync.
public sealed class StaffPagesUiTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private StaffBot _bot = null!;
    private Browser _browser = null!;

    public async Task InitializeAsync()
    {
        _bot = new StaffBot(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });
        _browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _bot.Dispose();
    }

    private async Task<IPage> SignInAsync(string user, BotHost? host = null)
    {
        var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = (host ?? _bot.Host).CreateClient().BaseAddress!.ToString(), Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/");
        await page.GetByLabel("Tên đăng nhập").FillAsync(user);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffBot.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(user);
        // The page opens its first tab once the catalog is read; a tab clicked before that would be switched away from.
        await Assertions.Expect(page.Locator("nav button[data-tab=items][aria-current]")).ToHaveCountAsync(1);
        return page;
    }

    private async Task<string?> AnsweredItemAsync(string question) =>
        (await new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u-" + Guid.NewGuid().ToString("N")).SayAsync(question))
            .GetProperty("trace").GetProperty("contentId").GetString();

    /// <summary>The page as a phone (390×844) and a desktop (1366×900) show it.</summary>
    private static async Task PhotographAsync(IPage page, string name)
    {
        foreach (var (width, height) in new[] { (390, 844), (1366, 900) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"cdsbot-staff-{name}-{width}.png") });
        }
    }

    [Fact]
    public async Task A_publisher_picks_the_item_by_typing_part_of_its_question_and_the_bot_answers_at_once()
    {
        const string question = "ứng dụng có hình quốc huy tên là gì";
        Assert.NotEqual("vneid-la-gi", await AnsweredItemAsync(question));
        await AnsweredItemAsync("thời tiết hôm nay thế nào");

        var publisher = await SignInAsync("publisher");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Câu hỏi chưa trả lời" }).ClickAsync();
        var card = publisher.GetByRole(AriaRole.Article, new() { Name = question });
        var picker = card.GetByRole(AriaRole.Combobox, new() { Name = $"Mục cho câu hỏi: {question}" });
        var weather = publisher.GetByRole(AriaRole.Article, new() { Name = "thời tiết hôm nay thế nào" });
        await Assertions.Expect(weather.GetByRole(AriaRole.Combobox)).ToHaveValueAsync("");
        await Assertions.Expect(weather.GetByRole(AriaRole.Button, new() { Name = "Gắn và đăng ngay" })).ToBeDisabledAsync();
        await picker.FillAsync("VNeID");
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Gắn và đăng ngay" })).ToBeDisabledAsync();
        await card.GetByRole(AriaRole.Option, new() { Name = "VNeID là gì?" }).ClickAsync();
        await Assertions.Expect(card).ToContainTextAsync("Đã chọn: VNeID là gì?");
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Gắn và đăng ngay" })).ToBeEnabledAsync();
        await PhotographAsync(publisher, "queue");
        await card.GetByRole(AriaRole.Button, new() { Name = "Gắn và đăng ngay" }).ClickAsync();

        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("bot trả lời câu hỏi này bằng mục \"VNeID là gì?\"");
        await Assertions.Expect(card).ToHaveCountAsync(0);
        Assert.Equal("vneid-la-gi", await AnsweredItemAsync(question));
    }

    [Fact]
    public async Task An_editor_attaching_is_told_the_bot_answers_only_after_review()
    {
        const string question = "ứng dụng có hình quốc huy tên là gì";
        await AnsweredItemAsync(question);

        var editor = await SignInAsync("editor");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Câu hỏi chưa trả lời" }).ClickAsync();
        var card = editor.GetByRole(AriaRole.Article, new() { Name = question });
        await card.GetByRole(AriaRole.Combobox).FillAsync("vneid");
        await card.GetByRole(AriaRole.Option, new() { Name = "VNeID là gì?" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Gắn và gửi duyệt" }).ClickAsync();

        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Bot chưa trả lời câu hỏi này");
        Assert.NotEqual("vneid-la-gi", await AnsweredItemAsync(question));
    }

    [Fact]
    public async Task Ticked_questions_are_dismissed_together()
    {
        await AnsweredItemAsync("giá vàng hôm nay");
        await AnsweredItemAsync("giá vàng hôm nay bao nhiêu");
        await AnsweredItemAsync("cách nấu canh chua cá lóc");

        var editor = await SignInAsync("editor");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Câu hỏi chưa trả lời" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Chọn cả 2 câu giống nhau" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Bỏ qua các câu đã chọn" }).ClickAsync();

        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã bỏ qua 2 câu hỏi.");
        await Assertions.Expect(editor.GetByRole(AriaRole.Article)).ToHaveCountAsync(1);
        await Assertions.Expect(editor.GetByRole(AriaRole.Article)).ToContainTextAsync("canh chua");
    }

    [Fact]
    public async Task A_publisher_edits_a_document_and_adds_a_synonym_on_their_page_and_the_bot_reads_it_at_once()
    {
        const string question = "đdđt là gì";
        Assert.NotEqual("vneid-la-gi", await AnsweredItemAsync(question));

        var publisher = await SignInAsync("publisher");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Từ điển và văn bản" }).ClickAsync();
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Sửa văn bản 749/QĐ-TTg" }).ClickAsync();
        await publisher.GetByLabel("Ngày ký (ngày/tháng/năm)").FillAsync("04/06/2020");
        await publisher.GetByLabel("Tóm tắt cho người dân").FillAsync("Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Lưu văn bản" }).ClickAsync();
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu văn bản 749/QĐ-TTg.");
        await Assertions.Expect(publisher.GetByRole(AriaRole.Row).Filter(new() { HasText = "749/QĐ-TTg" })).ToContainTextAsync("04/06/2020");

        await publisher.GetByText("Từ đồng nghĩa và viết tắt").ClickAsync();
        var synonyms = publisher.Locator("#reference-synonyms-form");
        await synonyms.GetByLabel("Từ", new() { Exact = true }).FillAsync("đdđt");
        await synonyms.GetByLabel("Nghĩa là").FillAsync("định danh điện tử");
        await synonyms.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu \"đdđt\"");
        await Assertions.Expect(publisher.GetByRole(AriaRole.Row).Filter(new() { HasText = "định danh điện tử" })).ToBeVisibleAsync();
        await PhotographAsync(publisher, "reference");

        var documents = await (await _bot.AsAsync("editor")).GetFromJsonAsync<JsonElement>("/admin/api/documents");
        var plan = documents.EnumerateArray().Single(d => d.GetProperty("number").GetString() == "749/QĐ-TTg");
        Assert.Equal("2020-06-04", plan.GetProperty("signedOn").GetString());
        Assert.Equal("vneid-la-gi", await AnsweredItemAsync(question));
    }

    [Fact]
    public async Task An_editor_sees_the_reference_tables_without_editing_them()
    {
        var editor = await SignInAsync("editor");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Từ điển và văn bản" }).ClickAsync();

        await editor.GetByText("Từ đồng nghĩa và viết tắt").ClickAsync();
        await editor.GetByLabel("Lọc bảng từ đồng nghĩa").FillAsync("bảo hiểm");
        await Assertions.Expect(editor.GetByRole(AriaRole.Row).Filter(new() { HasText = "bảo hiểm y tế" })).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Row).Filter(new() { HasText = "mật khẩu" }).First).ToBeHiddenAsync();
        await Assertions.Expect(editor.GetByText("Chỉ người duyệt (publisher) sửa được các bảng này")).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Lưu văn bản" })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_filter_typed_before_the_synonyms_arrive_applies_to_them()
    {
        var editor = await SignInAsync("editor");
        // The table is held back until the filter is typed, as a busy server or a slow line does.
        var typed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await editor.RouteAsync("**/admin/api/synonyms", async route =>
        {
            await typed.Task;
            await route.ContinueAsync();
        });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Từ điển và văn bản" }).ClickAsync();
        await editor.GetByText("Từ đồng nghĩa và viết tắt").ClickAsync();
        await editor.GetByLabel("Lọc bảng từ đồng nghĩa").FillAsync("bảo hiểm");
        typed.SetResult();

        // The table is drawn in one go: once the kept row shows, every row is there.
        await Assertions.Expect(editor.GetByRole(AriaRole.Row).Filter(new() { HasText = "bảo hiểm y tế" })).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Row).Filter(new() { HasText = "mật khẩu" }).First).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_spreadsheet_with_day_month_year_dates_imports()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cdsbot-import-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, CdsBot.Admin.Import.XlsxTable.Write(ImportExportTests.Sheet(
            ImportExportTests.Row("nhap-ngay-viet", "ky-nang-so", "Câu hỏi có hạn?", "Trả lời có hạn.", "31/12/2099"))));
        try
        {
            var editor = await SignInAsync("editor");
            await editor.GetByLabel("Tệp nhập (CSV hoặc XLSX)").SetInputFilesAsync(file);
            await editor.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true }).ClickAsync();

            await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nhập 1 dòng thành bản nháp.");
            var item = await (await _bot.AsAsync("editor")).GetFromJsonAsync<JsonElement>("/admin/api/items/nhap-ngay-viet");
            Assert.Equal("2099-12-31", item.GetProperty("draft").GetProperty("content").GetProperty("validTo").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_help_page_explains_the_workspace_and_a_lone_account_is_told_a_second_is_needed()
    {
        var page = await SignInAsync("publisher");
        await page.GetByRole(AriaRole.Button, new() { Name = "Trợ giúp" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Trả lời câu hỏi người dân" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#staff-alone")).ToHaveCountAsync(0);
        await PhotographAsync(page, "help");

        using var alone = new BotHost(settings: new Dictionary<string, string?> { ["Admin:InitialUser"] = "admin", ["Admin:InitialPassword"] = StaffBot.Password });
        var lone = await SignInAsync("admin", alone);
        await Assertions.Expect(lone.GetByRole(AriaRole.Note)).ToContainTextAsync("Mới có một tài khoản cán bộ");
        await PhotographAsync(lone, "alone");
    }

    [Fact]
    public async Task The_lessons_page_counts_what_citizens_finished()
    {
        await using (var db = await _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync())
        {
            var at = DateTimeOffset.UtcNow;
            db.LessonResults.AddRange(
                new LessonResultRecord { Channel = "zalo", UserId = "z-1", LessonId = "tin-gia", Correct = false, At = at },
                new LessonResultRecord { Channel = "zalo", UserId = "z-1", LessonId = "tin-gia", Correct = true, At = at },
                new LessonResultRecord { Channel = "webchat", UserId = "w-1", LessonId = "tin-gia", Correct = true, At = at },
                new LessonResultRecord { Channel = "messenger", UserId = "m-1", LessonId = "vneid-co-ban", Correct = true, At = at });
            await db.SaveChangesAsync();
        }

        var page = await SignInAsync("editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bài học" }).ClickAsync();

        var fakeNews = page.Locator("#lessons tr").Filter(new() { HasText = "Nhận biết tin giả" });
        await Assertions.Expect(fakeNews.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["Nhận biết tin giả, kiểm chứng nguồn tin", "3", "2", "2 (67%)"]);
        await Assertions.Expect(page.Locator("#lessons tr").Filter(new() { HasText = "VNeID cơ bản" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["VNeID cơ bản: tài khoản mức 1 và mức 2", "1", "1", "1 (100%)"]);
        await Assertions.Expect(page.Locator("#lessons tr")).ToHaveCountAsync(6);
        await PhotographAsync(page, "lessons");
    }

    [Fact]
    public async Task An_editor_changes_a_guide_on_the_page_and_another_publisher_approves_it()
    {
        var editor = await SignInAsync("editor");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Bài học, hướng dẫn" }).ClickAsync();
        var row = editor.GetByRole(AriaRole.Table, new() { Name = "Hướng dẫn và bài học" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "bao-cao-lua-dao-156" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Sửa" }).ClickAsync();
        var text = editor.GetByLabel("Nội dung tệp (YAML)");
        await Assertions.Expect(text).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Bước 1: Ghi lại số điện thoại"));
        await text.FillAsync((await text.InputValueAsync()).Replace("Bước 1: Ghi lại số điện thoại", "Bước 1: Bình tĩnh, ghi lại số điện thoại", StringComparison.Ordinal));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi duyệt hướng dẫn bao-cao-lua-dao-156");

        // A broken file is refused with its line, and nothing more waits for review.
        await text.FillAsync("id: x\nsteps: [\n");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Dòng");
        await Assertions.Expect(editor.Locator("#guide-drafts tr")).ToHaveCountAsync(1);

        var publisher = await SignInAsync("publisher");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Bài học, hướng dẫn" }).ClickAsync();
        await publisher.GetByRole(AriaRole.Table, new() { Name = "Bản sửa chờ duyệt" }).GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Assertions.Expect(publisher.Locator("#guide-draft-yaml")).ToContainTextAsync("Bước 1: Bình tĩnh");
        await Assertions.Expect(publisher.Locator("#guide-draft-published")).ToContainTextAsync("Bước 1: Ghi lại số điện thoại");
        await PhotographAsync(publisher, "guides");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng" }).ClickAsync();
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đăng hướng dẫn bao-cao-lua-dao-156");
        await Assertions.Expect(publisher.Locator("#guide-drafts tr")).ToHaveCountAsync(0);

        var walked = await new ChatClient(_bot.Anonymous(), "c-guide-ui", "u-guide-ui").PressAsync("GUIDE:bao-cao-lua-dao-156");
        Assert.Contains("Bước 1: Bình tĩnh, ghi lại số điện thoại", ChatClient.Text(walked), StringComparison.Ordinal);
    }
}
