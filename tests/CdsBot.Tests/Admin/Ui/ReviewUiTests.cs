using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CdsBot.Tests.Fixtures;
using Microsoft.Playwright;

namespace CdsBot.Tests.Admin.Ui;

/// <summary>Reviewing in real Chromium: the "Chờ duyệt" list, a draft against the published version, bulk steps, history and rollback, the answer's preview.</summary>
#pragma warning disable CA1001 // xunit disposes both through IAsyncLifetime.DisposeAsync.
public sealed class ReviewUiTests : IAsyncLifetime
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

    private async Task<IPage> SignInAsync(string user, string path = "/admin/", int width = 1366, int height = 900)
    {
        var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _bot.Anonymous().BaseAddress!.ToString(),
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.GetByLabel("Tên đăng nhập").FillAsync(user);
        await page.GetByLabel("Mật khẩu").FillAsync(StaffBot.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(user);
        // The page has read the catalog and shown the view its address names.
        await Assertions.Expect(page.Locator("nav button[aria-current=page]")).ToHaveCountAsync(1);
        return page;
    }

    /// <summary>A screenshot to look at (the item form alone when <paramref name="selector"/> names it: the item list above it is long).</summary>
    private static async Task ShotAsync(IPage page, string name, string? selector = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cdsbot-{name}-{page.ViewportSize!.Width}.png");
        if (selector is null)
        {
            await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        }
        else
        {
            await page.Locator(selector).ScreenshotAsync(new() { Path = path });
        }
    }

    private async Task<string> AnswerAsync(string question) =>
        (await new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u-" + Guid.NewGuid().ToString("N")).SayAsync(question))
            .GetProperty("replies")[0].GetProperty("text").GetString()!;

    /// <summary><paramref name="writer"/> drafts a new answer for the published item <paramref name="id"/> and submits it.</summary>
    private async Task DraftAsync(string writer, string id, string answer, bool submit = true)
    {
        var http = await _bot.AsAsync(writer);
        var item = await http.GetFromJsonAsync<JsonObject>($"/admin/api/items/{id}");
        var content = item!["live"]!.AsObject();
        content["answer"] = answer;
        (await http.PutAsJsonAsync($"/admin/api/items/{id}/draft", content)).EnsureSuccessStatusCode();
        if (submit)
        {
            (await http.PostAsync($"/admin/api/items/{id}/submit", null)).EnsureSuccessStatusCode();
        }
    }

    private async Task PublishAsync(string id, string answer)
    {
        await DraftAsync("editor", id, answer);
        var publisher = await _bot.AsAsync("publisher");
        (await publisher.PostAsync($"/admin/api/items/{id}/approve", null)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_publisher_reads_the_draft_against_the_published_version_and_approves_it_but_not_their_own()
    {
        const string answer = "VNeID là ứng dụng định danh điện tử quốc gia do Bộ Công an phát triển, dùng thay giấy tờ khi làm thủ tục.";
        await DraftAsync("publisher", "vneid-la-gi", answer);

        var writer = await SignInAsync("publisher");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Chờ duyệt", Exact = true }).ClickAsync();
        var row = writer.GetByRole(AriaRole.Row).Filter(new() { HasText = "vneid-la-gi" });
        await Assertions.Expect(row).ToContainTextAsync("Câu trả lời");
        await row.GetByRole(AriaRole.Button, new() { Name = "Xem thay đổi" }).ClickAsync();
        await Assertions.Expect(writer.GetByText("không thể tự duyệt")).ToBeVisibleAsync();
        await Assertions.Expect(writer.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng", Exact = true })).ToBeDisabledAsync();

        var reviewer = await SignInAsync("publisher2");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Chờ duyệt", Exact = true }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("nav button[aria-current=page]")).ToHaveTextAsync("Chờ duyệt");
        await reviewer.GetByRole(AriaRole.Row).Filter(new() { HasText = "vneid-la-gi" }).GetByRole(AriaRole.Button, new() { Name = "Xem thay đổi" }).ClickAsync();
        await Assertions.Expect(reviewer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#review/vneid-la-gi$"));
        var changed = reviewer.GetByRole(AriaRole.Row, new() { Name = "Câu trả lời (thay đổi)" });
        await Assertions.Expect(changed.Locator("[data-side='Đang dùng'] del").First).ToBeVisibleAsync();
        await Assertions.Expect(changed.Locator("[data-side='Bản nháp'] ins").Filter(new() { HasText = "quốc gia" })).ToBeVisibleAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Row, new() { Name = "Câu hỏi", Exact = true })).ToContainTextAsync("VNeID là gì?");
        await ShotAsync(reviewer, "review-diff");
        await reviewer.SetViewportSizeAsync(390, 844);
        await ShotAsync(reviewer, "review-diff");
        // On the phone an unchanged field's name keeps the card's width (not one letter per line) and says it is unchanged.
        var same = reviewer.GetByRole(AriaRole.Row, new() { Name = "Câu hỏi", Exact = true });
        await Assertions.Expect(same).ToContainTextAsync("(không đổi)");
        Assert.True((await same.GetByRole(AriaRole.Rowheader).BoundingBoxAsync())!.Width > 200);

        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng", Exact = true }).ClickAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã duyệt và đăng: vneid-la-gi");
        Assert.StartsWith(answer, await AnswerAsync("VNeID là gì?"));

        // Back returns to the list, which no longer holds the draft.
        await reviewer.GoBackAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Heading, new() { Name = "Chờ duyệt" })).ToBeVisibleAsync();
        await Assertions.Expect(reviewer.GetByRole(AriaRole.Row).Filter(new() { HasText = "vneid-la-gi" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Bulk_approval_publishes_each_draft_it_may_and_says_why_not_for_the_others()
    {
        await DraftAsync("editor", "vneid-la-gi", "VNeID là ứng dụng định danh điện tử của Bộ Công an (bản sửa hàng loạt).");
        await DraftAsync("editor", "vneid-cai-dat", "Anh/Chị tải VNeID trên App Store hoặc CH Play (bản sửa hàng loạt).");
        await DraftAsync("publisher", "vneid-muc-1-muc-2", "Mức 1 và mức 2 là hai mức tài khoản định danh điện tử (bản sửa hàng loạt).");

        var publisher = await SignInAsync("publisher");
        await publisher.GotoAsync("/admin/#review");
        await Assertions.Expect(publisher.GetByRole(AriaRole.Row).Filter(new() { HasText = "vneid-muc-1-muc-2" })).ToContainTextAsync("(Anh/Chị)");
        await publisher.GetByLabel("Chọn tất cả bản nháp chờ duyệt").CheckAsync();
        await ShotAsync(publisher, "review-list");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng các mục đã chọn" }).ClickAsync();

        var results = publisher.GetByRole(AriaRole.List, new() { Name = "Kết quả từng mục" });
        await Assertions.Expect(results).ToContainTextAsync("vneid-la-gi: đã duyệt và đăng");
        await Assertions.Expect(results).ToContainTextAsync("vneid-cai-dat: đã duyệt và đăng");
        await Assertions.Expect(results).ToContainTextAsync("vneid-muc-1-muc-2: không thực hiện được");
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("2/3 mục đã duyệt và đăng");
        await publisher.SetViewportSizeAsync(390, 844);
        await ShotAsync(publisher, "review-list");
        Assert.Contains("bản sửa hàng loạt", await AnswerAsync("VNeID là gì?"));
    }

    [Fact]
    public async Task Bulk_submit_sends_the_chosen_drafts_to_review()
    {
        await DraftAsync("editor", "vneid-la-gi", "VNeID là ứng dụng định danh điện tử (bản đang soạn).", submit: false);

        var editor = await SignInAsync("editor", "/admin/#review");
        await editor.GetByLabel("Chọn vneid-la-gi").CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt các mục đã chọn" }).ClickAsync();

        await Assertions.Expect(editor.GetByRole(AriaRole.List, new() { Name = "Kết quả từng mục" })).ToContainTextAsync("vneid-la-gi: đã gửi duyệt");
        await Assertions.Expect(editor.Locator("#review-waiting")).ToContainTextAsync("vneid-la-gi");
        await Assertions.Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng các mục đã chọn" })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_publisher_rolls_an_item_back_from_its_history_and_the_bot_answers_the_earlier_text()
    {
        var original = await AnswerAsync("VNeID là gì?");
        await PublishAsync("vneid-la-gi", "VNeID là ứng dụng của Bộ Công an (câu trả lời viết sai cần khôi phục).");
        Assert.Contains("viết sai", await AnswerAsync("VNeID là gì?"));

        var publisher = await SignInAsync("publisher2");
        await publisher.GetByLabel("Tìm mục").FillAsync("vneid-la-gi");
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await publisher.GetByRole(AriaRole.Row).Filter(new() { HasText = "vneid-la-gi" }).GetByRole(AriaRole.Button, new() { Name = "Mở" }).ClickAsync();
        await Assertions.Expect(publisher).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#items/vneid-la-gi$"));
        await publisher.GetByRole(AriaRole.Button, new() { Name = "Lịch sử" }).ClickAsync();

        var versions = publisher.GetByRole(AriaRole.List, new() { Name = "Các phiên bản đã đăng" });
        var latest = versions.GetByRole(AriaRole.Listitem).First;
        await Assertions.Expect(latest).ToContainTextAsync("(đang dùng)");
        await Assertions.Expect(latest.Locator("ins")).ToContainTextAsync("viết sai");
        var earlier = versions.GetByRole(AriaRole.Listitem).Nth(1);
        var earlierTitle = await earlier.GetByRole(AriaRole.Heading).TextContentAsync();
        await ShotAsync(publisher, "history");

        // Reload keeps the view.
        await publisher.ReloadAsync();
        await Assertions.Expect(publisher.GetByRole(AriaRole.Heading, new() { Name = "Lịch sử mục vneid-la-gi" })).ToBeVisibleAsync();
        await Assertions.Expect(publisher.Locator("nav button[aria-current=page]")).ToHaveTextAsync("Nội dung");

        publisher.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await versions.GetByRole(AriaRole.Listitem).Nth(1).GetByRole(AriaRole.Button, new() { NameRegex = new("^Khôi phục phiên bản") }).ClickAsync();
        await Assertions.Expect(publisher.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã khôi phục nội dung " + earlierTitle!.ToLowerInvariant());
        Assert.Equal(original, await AnswerAsync("VNeID là gì?"));
        await publisher.SetViewportSizeAsync(390, 844);
        await ShotAsync(publisher, "history");

        // Back leads to the item it came from.
        await publisher.GoBackAsync();
        await Assertions.Expect(publisher.GetByLabel("Mã mục")).ToHaveValueAsync("vneid-la-gi");
    }

    [Fact]
    public async Task The_preview_shows_each_channels_parts_with_the_sources_line_and_the_chosen_follow_up()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Anh/Chị mở ứng dụng VNeID, chọn mục Thủ tục hành chính và làm theo hướng dẫn trên màn hình.", 9));
        var editor = await SignInAsync("editor");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Mục mới" }).ClickAsync();
        await editor.GetByLabel("Mã mục").FillAsync("vneid-thu-tuc-dai");
        await editor.GetByLabel("Chủ đề").SelectOptionAsync(new SelectOptionValue { Label = "Dịch vụ công trực tuyến" });
        await editor.GetByLabel("Câu hỏi", new() { Exact = true }).FillAsync("Làm thủ tục trên VNeID thế nào?");
        await editor.GetByLabel("Câu trả lời").FillAsync($"{paragraph}\n\n{paragraph}\n\n{paragraph}");
        await editor.GetByLabel("Tìm văn bản nguồn").FillAsync("505");
        await editor.GetByRole(AriaRole.List, new() { Name = "Văn bản có thể chọn" }).GetByRole(AriaRole.Button).First.ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.List, new() { Name = "Văn bản nguồn đã chọn" })).ToContainTextAsync("505/QĐ-TTg");
        await editor.GetByLabel("Tìm câu hỏi tiếp theo").FillAsync("cai vneid");
        await editor.GetByRole(AriaRole.List, new() { Name = "Câu hỏi có thể chọn" }).GetByRole(AriaRole.Button, new() { Name = "Tải và cài ứng dụng VNeID ở đâu?" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();

        var zalo = editor.GetByRole(AriaRole.Region, new() { Name = "Xem trước trên Zalo" });
        await Assertions.Expect(zalo.GetByRole(AriaRole.Heading)).ToContainTextAsync("Zalo: 3 tin nhắn");
        await Assertions.Expect(zalo.Locator(".bubble").Nth(0)).ToContainTextAsync("Phần 1/3");
        await Assertions.Expect(zalo.Locator(".bubble").Nth(1)).ToContainTextAsync("Nguồn: Quyết định 505/QĐ-TTg");
        await Assertions.Expect(zalo.Locator(".bubble").Nth(2)).ToContainTextAsync("Tải và cài ứng dụng VNeID ở đâu?");
        var messenger = editor.GetByRole(AriaRole.Region, new() { Name = "Xem trước trên Messenger" });
        await Assertions.Expect(messenger.GetByRole(AriaRole.Heading)).ToContainTextAsync("Messenger: 3 tin nhắn");
        await Assertions.Expect(messenger.GetByRole(AriaRole.List, new() { Name = "Nút trả lời nhanh trên Messenger" })).ToContainTextAsync("👍 Hữu ích");
        var web = editor.GetByRole(AriaRole.Region, new() { Name = "Xem trước trên Trang web" });
        await Assertions.Expect(web.GetByRole(AriaRole.Heading)).ToContainTextAsync("Trang web: 2 tin nhắn");
        await ShotAsync(editor, "preview", "#editor");
        await editor.SetViewportSizeAsync(390, 844);
        await ShotAsync(editor, "preview", "#editor");
    }

    [Fact]
    public async Task The_item_form_saves_links_follow_ups_and_dates_typed_day_first()
    {
        var editor = await SignInAsync("editor");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Mục mới" }).ClickAsync();
        await editor.GetByLabel("Mã mục").FillAsync("vneid-co-hieu-luc");
        await editor.GetByLabel("Chủ đề").SelectOptionAsync(new SelectOptionValue { Label = "Dịch vụ công trực tuyến" });
        await editor.GetByLabel("Câu hỏi", new() { Exact = true }).FillAsync("Chương trình hỗ trợ VNeID đến khi nào?");
        await editor.GetByLabel("Câu trả lời").FillAsync("Chương trình hỗ trợ kích hoạt VNeID tại xã diễn ra trong năm 2026.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Thêm liên kết" }).ClickAsync();
        await editor.GetByLabel("Tên liên kết 1").FillAsync("Cổng Dịch vụ công quốc gia");
        await editor.GetByLabel("Địa chỉ liên kết 1").FillAsync("https://dichvucong.gov.vn");
        await editor.GetByLabel("Tìm câu hỏi tiếp theo").FillAsync("vneid la gi");
        await editor.GetByRole(AriaRole.List, new() { Name = "Câu hỏi có thể chọn" }).GetByRole(AriaRole.Button, new() { Name = "VNeID là gì?" }).ClickAsync();
        await editor.GetByLabel("Hiệu lực từ ngày").FillAsync("01/02/2026");
        await editor.GetByLabel("Hiệu lực đến ngày").FillAsync("31/13/2026");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Tạo mục" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("31/13/2026");

        await editor.GetByLabel("Hiệu lực đến ngày").FillAsync("2026-12-31");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Tạo mục" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo bản nháp: vneid-co-hieu-luc");
        await ShotAsync(editor, "item-form", "#editor");

        var http = await _bot.AsAsync("editor");
        var content = (await http.GetFromJsonAsync<JsonObject>("/admin/api/items/vneid-co-hieu-luc"))!["draft"]!["content"]!;
        Assert.Equal("2026-02-01", content["validFrom"]!.GetValue<string>());
        Assert.Equal("2026-12-31", content["validTo"]!.GetValue<string>());
        Assert.Equal("vneid-la-gi", content["followUps"]![0]!.GetValue<string>());
        Assert.Equal("https://dichvucong.gov.vn", content["links"]![0]!["url"]!.GetValue<string>());

        // Reloading the item's URL shows the dates as typed on paper and the follow-up by its question.
        await editor.ReloadAsync();
        await Assertions.Expect(editor.GetByLabel("Hiệu lực đến ngày")).ToHaveValueAsync("31/12/2026");
        await Assertions.Expect(editor.GetByRole(AriaRole.List, new() { Name = "Câu hỏi tiếp theo đã chọn" })).ToContainTextAsync("VNeID là gì?");
        await editor.SetViewportSizeAsync(390, 844);
        await ShotAsync(editor, "item-form", "#editor");
    }
}
