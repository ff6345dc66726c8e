using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Admin.Import;
using CdsBot.Dialogs.Flows.Contests;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Contests;

/// <summary>/admin/api/contests: staff create a contest, a citizen plays it in chat, the leaderboard shows the entry, a publisher disqualifies it (audited).</summary>
public sealed class ContestsApiTests : IDisposable
{
    private readonly StaffBot _bot = new(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" });

    public void Dispose() => _bot.Dispose();

    private static string VietnamTime(TimeSpan fromNow) =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Add(fromNow).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static object Contest(int perAttempt = 2) => new
    {
        title = "Cuộc thi tìm hiểu về chuyển đổi số trong đoàn viên thanh niên",
        organiser = "Tỉnh đoàn",
        rules = "Mỗi đoàn viên thi một lượt mỗi vòng.",
        questionsPerAttempt = perAttempt,
        secondsPerQuestion = 60,
        predictionQuestion = "Dự đoán số người tham gia vòng thi?",
        // Open from an hour ago (Vietnam time) for a week.
        rounds = new[] { new { name = "Vòng 1", startsAt = VietnamTime(TimeSpan.FromHours(-1)), endsAt = VietnamTime(TimeSpan.FromDays(7)) } },
        questions = new[]
        {
            new { text = "Ngày Chuyển đổi số quốc gia là ngày nào?", choices = new[] { "10/10", "1/1", "2/9" }, correct = 0 },
            new { text = "Tổng đài nhận phản ánh cuộc gọi lừa đảo là số nào?", choices = new[] { "113", "156" }, correct = 1 },
        },
    };

    [Fact]
    public async Task A_contest_created_by_staff_is_played_in_chat_ranked_and_an_entry_disqualified_with_a_reason()
    {
        var editor = await _bot.AsAsync("editor");
        using var created = await editor.PostAsJsonAsync("/admin/api/contests", Contest());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var listed = Assert.Single((await editor.GetFromJsonAsync<JsonElement>("/admin/api/contests")).EnumerateArray());
        Assert.Equal(2, listed.GetProperty("questions").GetInt32());
        var round = listed.GetProperty("rounds")[0].GetProperty("id").GetInt64();

        var citizen = new ChatClient(_bot.Anonymous(), "c-doan-vien", "u-doan-vien");
        var reply = await citizen.PressAsync(ContestPayloads.Go(round));
        for (var i = 0; i < 2; i++)
        {
            var buttons = reply.GetProperty("replies").EnumerateArray().Last().GetProperty("quickReplies").EnumerateArray().ToList();
            var right = buttons.Count == 3 ? 0 : 1; // the question with three answers is the 10/10 one
            reply = await citizen.PressAsync(buttons[right].GetProperty("payload").GetString()!);
        }

        Assert.Equal("contest_done", reply.GetProperty("trace").GetProperty("intent").GetString());
        await citizen.SayAsync("35");
        await citizen.SayAsync("+84 912.345.678");
        var board = await editor.GetFromJsonAsync<JsonElement>($"/admin/api/contests/rounds/{round}/leaderboard");
        var entry = Assert.Single(board.EnumerateArray());
        Assert.Equal((1, "u-doan-vien", 2), (entry.GetProperty("rank").GetInt32(), entry.GetProperty("userId").GetString(), entry.GetProperty("correct").GetInt32()));

        long attempt;
        await using (var db = await _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync())
        {
            attempt = (await db.ContestAttempts.SingleAsync()).Id;
        }

        using var byEditor = await editor.PostAsJsonAsync($"/admin/api/contests/attempts/{attempt}/disqualify", new { reason = "Dùng nhiều tài khoản" });
        Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
        var publisher = await _bot.AsAsync("publisher");
        using var noReason = await publisher.PostAsJsonAsync($"/admin/api/contests/attempts/{attempt}/disqualify", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        using var disqualified = await publisher.PostAsJsonAsync($"/admin/api/contests/attempts/{attempt}/disqualify", new { reason = "Dùng nhiều tài khoản" });
        Assert.Equal(HttpStatusCode.NoContent, disqualified.StatusCode);

        Assert.Empty((await editor.GetFromJsonAsync<JsonElement>($"/admin/api/contests/rounds/{round}/leaderboard")).EnumerateArray());
        using var results = await editor.GetAsync($"/admin/api/contests/rounds/{round}/results.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", results.Content.Headers.ContentType!.MediaType);
        var sheet = XlsxTable.Read(await results.Content.ReadAsStreamAsync());
        Assert.Equal(["Hạng", "Kênh", "Mã người dự thi", "Số câu đúng", "Thời gian (giây)", "Dự đoán", "Hoàn thành lúc", "Số điện thoại liên hệ", "Đồng ý cung cấp lúc", "Bị loại vì"], sheet[0]);
        var row = Assert.Single(sheet.Skip(1));
        Assert.Equal(("", "webchat", "u-doan-vien", "2", "35", "0912345678", "Dùng nhiều tài khoản"), (row[0], row[1], row[2], row[3], row[5], row[7], row[9]));
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}$", row[8]);
        await using var check = await _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        var audited = await check.AuditEntries.SingleAsync(a => a.Action == "contest.disqualify");
        Assert.Equal(("publisher", $"attempt:{attempt}"), (audited.Actor, audited.Target));
    }

    [Fact]
    public async Task A_contest_with_problems_is_refused_field_by_field_in_vietnamese()
    {
        var editor = await _bot.AsAsync("editor");

        using var response = await editor.PostAsJsonAsync("/admin/api/contests", new { title = " ", questionsPerAttempt = 5, secondsPerQuestion = 2, rounds = Array.Empty<object>(), questions = new[] { new { text = "Câu?", choices = new[] { "Một" }, correct = 3 } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Tên cuộc thi là bắt buộc.", errors.GetProperty("title")[0].GetString());
        Assert.Contains("2 đến 4 đáp án", errors.GetProperty("questions")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Số câu mỗi lượt", errors.GetProperty("questionsPerAttempt")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("5 đến 600 giây", errors.GetProperty("secondsPerQuestion")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("rounds", out _));
    }
}
