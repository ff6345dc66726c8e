using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Admin;

public sealed class UnansweredQueueTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private Task<JsonElement> AskAsync(string question) =>
        new ChatClient(_bot.Anonymous(), "c-" + Guid.NewGuid().ToString("N"), "u-" + Guid.NewGuid().ToString("N")).SayAsync(question);

    [Fact]
    public async Task Questions_that_read_alike_are_grouped_with_a_count_most_asked_first()
    {
        await AskAsync("hẹn giờ tắt máy tính thế nào");
        await AskAsync("hen gio tat may tinh the nao");
        await AskAsync("cách nấu canh chua cá lóc");

        var groups = await (await _bot.AsAsync("editor")).GetFromJsonAsync<JsonElement>("/admin/api/unanswered");

        Assert.Equal(2, groups[0].GetProperty("count").GetInt32());
        Assert.Equal(1, groups[1].GetProperty("count").GetInt32());
        Assert.Equal("declined", groups[1].GetProperty("band").GetString());
    }

    [Fact]
    public async Task After_attach_as_variant_the_same_question_is_answered_and_leaves_the_queue()
    {
        const string question = "ứng dụng có hình quốc huy tên là gì";
        var before = await AskAsync(question);
        Assert.NotEqual("vneid-la-gi", before.GetProperty("trace").GetProperty("contentId").GetString());
        var publisher = await _bot.AsAsync("publisher");
        var groups = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/unanswered");
        var questionId = groups[0].GetProperty("questionIds")[0].GetInt64();

        using var attached = await publisher.PostAsJsonAsync($"/admin/api/unanswered/{questionId}/attach", new { itemId = "vneid-la-gi" });

        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        Assert.Equal("vneid-la-gi", (await AskAsync(question)).GetProperty("trace").GetProperty("contentId").GetString());
        Assert.Empty((await publisher.GetFromJsonAsync<JsonElement>("/admin/api/unanswered")).EnumerateArray());
    }

    [Fact]
    public async Task An_editor_attaching_a_variant_makes_a_draft_for_review_not_a_publication()
    {
        const string question = "ứng dụng có hình quốc huy tên là gì";
        await AskAsync(question);
        var editor = await _bot.AsAsync("editor");
        var questionId = (await editor.GetFromJsonAsync<JsonElement>("/admin/api/unanswered"))[0].GetProperty("questionIds")[0].GetInt64();

        using var attached = await editor.PostAsJsonAsync($"/admin/api/unanswered/{questionId}/attach", new { itemId = "vneid-la-gi" });

        var result = await attached.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("in_review", result.GetProperty("item").GetProperty("draft").GetProperty("state").GetString());
        Assert.False(result.GetProperty("answering").GetBoolean());
        Assert.Contains("Bot chưa trả lời câu hỏi này", result.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotEqual("vneid-la-gi", (await AskAsync(question)).GetProperty("trace").GetProperty("contentId").GetString());
    }

    [Fact]
    public async Task A_publisher_attaching_to_an_item_with_someone_elses_draft_publishes_only_the_phrasing()
    {
        const string question = "ứng dụng có hình quốc huy tên là gì";
        await AskAsync(question);
        var editor = await _bot.AsAsync("editor");
        var live = (await editor.GetFromJsonAsync<JsonElement>("/admin/api/items/vneid-la-gi")).GetProperty("live");
        var changed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(live.GetRawText())!;
        changed["answer"] = JsonSerializer.SerializeToElement("Câu trả lời mới của người soạn, chưa được duyệt.");
        (await editor.PutAsJsonAsync("/admin/api/items/vneid-la-gi/draft", changed)).EnsureSuccessStatusCode();
        var publisher = await _bot.AsAsync("publisher");
        var questionId = (await publisher.GetFromJsonAsync<JsonElement>("/admin/api/unanswered"))[0].GetProperty("questionIds")[0].GetInt64();

        var result = await (await publisher.PostAsJsonAsync($"/admin/api/unanswered/{questionId}/attach", new { itemId = "vneid-la-gi" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(result.GetProperty("answering").GetBoolean());
        var item = result.GetProperty("item");
        Assert.Equal(live.GetProperty("answer").GetString(), item.GetProperty("live").GetProperty("answer").GetString());
        Assert.Contains(question, item.GetProperty("live").GetProperty("variants").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(("editing", "editor"), (item.GetProperty("draft").GetProperty("state").GetString(), item.GetProperty("draft").GetProperty("editedBy").GetString()));
        Assert.Contains(question, item.GetProperty("draft").GetProperty("content").GetProperty("variants").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("vneid-la-gi", (await AskAsync(question)).GetProperty("trace").GetProperty("contentId").GetString());
    }

    [Fact]
    public async Task Only_items_retrieval_ranks_for_a_question_are_suggested()
    {
        await AskAsync("thời tiết hôm nay thế nào");
        await AskAsync("ứng dụng định danh điện tử của bộ công an tên gì");

        var groups = (await (await _bot.AsAsync("editor")).GetFromJsonAsync<JsonElement>("/admin/api/unanswered")).EnumerateArray().ToList();

        Assert.Empty(groups.Single(g => g.GetProperty("text").GetString()!.StartsWith("thời tiết", StringComparison.Ordinal)).GetProperty("suggestions").EnumerateArray());
    }

    [Fact]
    public async Task Ticked_questions_are_dismissed_together_and_look_alikes_fall_in_one_cluster()
    {
        await AskAsync("giá vàng hôm nay");
        await AskAsync("giá vàng hôm nay bao nhiêu");
        await AskAsync("cách nấu canh chua cá lóc");
        var editor = await _bot.AsAsync("editor");
        var groups = (await editor.GetFromJsonAsync<JsonElement>("/admin/api/unanswered")).EnumerateArray().ToList();
        int Cluster(string text) => groups.Single(g => g.GetProperty("text").GetString() == text).GetProperty("cluster").GetInt32();
        Assert.Equal(Cluster("giá vàng hôm nay"), Cluster("giá vàng hôm nay bao nhiêu"));
        Assert.NotEqual(Cluster("giá vàng hôm nay"), Cluster("cách nấu canh chua cá lóc"));

        using var dismissed = await editor.PostAsJsonAsync("/admin/api/unanswered/dismiss", new { questionIds = groups.Select(g => g.GetProperty("questionIds")[0].GetInt64()) });

        Assert.Equal(3, (await dismissed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dismissed").GetInt32());
        Assert.Empty((await editor.GetFromJsonAsync<JsonElement>("/admin/api/unanswered")).EnumerateArray());
    }

    [Fact]
    public async Task A_new_item_can_be_created_from_a_queued_question()
    {
        await AskAsync("hẹn giờ tắt máy tính thế nào");
        var editor = await _bot.AsAsync("editor");
        var questionId = (await editor.GetFromJsonAsync<JsonElement>("/admin/api/unanswered"))[0].GetProperty("questionIds")[0].GetInt64();

        using var created = await editor.PostAsJsonAsync($"/admin/api/unanswered/{questionId}/create",
            new { id = "hen-gio-tat-may", content = new { topic = "ky-nang-so", question = "Hẹn giờ tắt máy tính thế nào?", answer = "Trên Windows: mở Cài đặt…" } });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("draft", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Empty((await editor.GetFromJsonAsync<JsonElement>("/admin/api/unanswered")).EnumerateArray());
    }

    [Fact]
    public async Task Dismissing_closes_the_question_and_its_look_alikes()
    {
        await AskAsync("giá vàng hôm nay");
        await AskAsync("gia vang hom nay");
        var editor = await _bot.AsAsync("editor");
        var questionId = (await editor.GetFromJsonAsync<JsonElement>("/admin/api/unanswered"))[0].GetProperty("questionIds")[0].GetInt64();

        using var dismissed = await editor.PostAsync($"/admin/api/unanswered/{questionId}/dismiss", null);

        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        Assert.Empty((await editor.GetFromJsonAsync<JsonElement>("/admin/api/unanswered")).EnumerateArray());
    }

    [Fact]
    public async Task Feedback_is_counted_per_item()
    {
        var chat = new ChatClient(_bot.Anonymous(), "c-fb", "u-fb");
        await chat.PressAsync("UNHELPFUL:ngay-cds-10-10");
        await new ChatClient(_bot.Anonymous(), "c-fb2", "u-fb2").PressAsync("HELPFUL:ngay-cds-10-10");

        var votes = await (await _bot.AsAsync("editor")).GetFromJsonAsync<JsonElement>("/admin/api/feedback");

        var item = votes.EnumerateArray().Single(v => v.GetProperty("itemId").GetString() == "ngay-cds-10-10");
        Assert.Equal((1, 1), (item.GetProperty("helpful").GetInt32(), item.GetProperty("notHelpful").GetInt32()));
    }

    [Fact]
    public async Task Try_it_shows_candidates_and_answers_from_drafts_without_publishing_them()
    {
        var editor = await _bot.AsAsync("editor");
        await editor.PostAsJsonAsync("/admin/api/items", new { id = "wifi-nha-minh", content = new { topic = "ky-nang-so", question = "Đổi mật khẩu Wi-Fi ở nhà thế nào?", answer = "Vào trang quản trị của modem…", sources = Array.Empty<string>() } });

        var published = await (await editor.PostAsJsonAsync("/admin/api/try", new { question = "đổi mật khẩu wifi ở nhà thế nào", includeDrafts = false })).Content.ReadFromJsonAsync<JsonElement>();
        var withDrafts = await (await editor.PostAsJsonAsync("/admin/api/try", new { question = "đổi mật khẩu wifi ở nhà thế nào", includeDrafts = true })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.NotEqual("wifi-nha-minh", published.GetProperty("answeredItemId").GetString());
        Assert.Equal("wifi-nha-minh", withDrafts.GetProperty("answeredItemId").GetString());
        Assert.True(withDrafts.GetProperty("candidates").GetArrayLength() >= 1);
        Assert.NotEqual("wifi-nha-minh", (await AskAsync("đổi mật khẩu wifi ở nhà thế nào")).GetProperty("trace").GetProperty("contentId").GetString());
    }

    [Fact]
    public async Task Staff_see_queued_questions_with_phone_and_id_numbers_masked()
    {
        await AskAsync("nấu canh chua cá lóc thế nào, gọi tôi 0912 345 678 hoặc CCCD 001099012345");

        var groups = await (await _bot.AsAsync("editor")).GetFromJsonAsync<JsonElement>("/admin/api/unanswered");

        Assert.Equal("nấu canh chua cá lóc thế nào, gọi tôi [số điện thoại] hoặc CCCD [số CCCD]", groups[0].GetProperty("text").GetString());
    }
}
