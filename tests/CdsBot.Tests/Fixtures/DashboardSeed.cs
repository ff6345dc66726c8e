using System.Globalization;
using CdsBot.Broadcasts;
using CdsBot.Contests;
using CdsBot.Dialogs.Content;
using CdsBot.Handoffs;
using CdsBot.Insights;
using CdsBot.Lessons;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// Two days of known activity written straight into a host's database (the day before yesterday and yesterday, Vietnam
/// time), with every chart's table as it must come out for the period of those two days.
/// </summary>
public static class DashboardSeed
{
    /// <summary>The seeded period's first day.</summary>
    public static DateOnly First => VietnamTime.Today(TimeProvider.System).AddDays(-2);

    public static DateOnly Second => First.AddDays(1);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shown(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>An instant of <paramref name="day"/> at <paramref name="hour"/> o'clock in Vietnam, in UTC.</summary>
    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), VietnamTime.Offset).ToUniversalTime();

    /// <summary>Each chart's CSV rows, header first, as the seed must give them.</summary>
    public static IReadOnlyDictionary<string, string[][]> Expected => new Dictionary<string, string[][]>
    {
        ["daily"] =
        [
            ["Ngày", "Trang web", "Zalo", "Messenger", "Tổng"],
            [Shown(First), "3", "2", "1", "6"],
            [Shown(Second), "1", "4", "0", "5"],
        ],
        ["bands"] =
        [
            ["Kết quả", "Số câu hỏi", "Tỉ lệ (%)"],
            ["Trả lời được", "3", "30"],
            ["Trích văn bản", "4", "40"],
            ["Hỏi lại cho rõ", "0", "0"],
            ["Gợi ý câu gần đúng", "1", "10"],
            ["Chưa trả lời được", "2", "20"],
        ],
        ["routes"] =
        [
            ["Cách xử lý", "Số lượt", "Tỉ lệ (%)"],
            ["Trích văn bản", "4", "36.4"],
            ["Hỏi đáp", "3", "27.3"],
            ["Chưa hiểu câu hỏi", "2", "18.2"],
            ["Gợi ý câu gần đúng", "1", "9.1"],
            ["Hoàn thành hướng dẫn", "1", "9.1"],
        ],
        ["satisfaction"] =
        [
            ["Ngày", "Hữu ích", "Chưa hữu ích", "Tỉ lệ hữu ích (%)"],
            [Shown(First), "2", "1", "66.7"],
            [Shown(Second), "0", "0", "0"],
        ],
        ["questions"] =
        [
            ["Câu hỏi (đã che thông tin cá nhân)", "Số lần"],
            ["nghị định 13 quy định gì", "4"],
            ["vneid là gì", "3"],
            ["nấu canh chua, gọi [số điện thoại]", "2"],
            ["cài ứng dụng thế nào", "1"],
        ],
        ["unanswered"] =
        [
            ["Câu hỏi (đã che thông tin cá nhân)", "Số lần"],
            ["nấu canh chua, gọi [số điện thoại]", "2"],
            ["cài ứng dụng thế nào", "1"],
        ],
        ["items"] =
        [
            ["Mã mục", "Câu hỏi", "Số lần trả lời", "Hữu ích", "Chưa hữu ích"],
            ["vneid-la-gi", "VNeID là gì?", "3", "2", "1"],
        ],
        ["learning"] =
        [
            ["Tên", "Loại", "Số lượt", "Số người"],
            ["Đăng ký tài khoản định danh điện tử mức 2", "Hướng dẫn hoàn thành", "1", "1"],
            ["Bảo vệ thông tin cá nhân: OTP, mật khẩu, ảnh căn cước", "Bài học hoàn thành", "3", "2"],
            ["Cuộc thi tìm hiểu về chuyển đổi số", "Lượt dự thi", "2", "2"],
        ],
        ["broadcasts"] =
        [
            ["Chiến dịch", "Đã gửi", "Đã nhận", "Đã đọc", "Đã bấm liên kết", "Hủy nhận tin"],
            ["Tuyên truyền tài khoản VNeID", "4", "3", "2", "1", "1"],
        ],
        ["handoffs"] =
        [
            ["Thời gian", "Yêu cầu chờ cán bộ trả lời lần đầu", "Tin nhắn chờ cán bộ trả lời"],
            ["Dưới 15 phút", "1", "0"],
            ["15 đến 60 phút", "0", "0"],
            ["1 đến 4 giờ", "0", "1"],
            ["4 đến 24 giờ", "0", "0"],
            ["Trên 24 giờ", "0", "0"],
            ["Chưa được trả lời", "1", "0"],
        ],
    };

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        var (first, second) = (First, Second);
        TurnLogRecord Turn(DateOnly day, string channel, string route, string? band, string? question, string? item = null, bool? helpful = null) => new()
        {
            AtMs = At(day, 9).ToUnixTimeMilliseconds(),
            Day = Iso(day),
            Channel = channel,
            ConversationId = $"{channel}-{Guid.NewGuid():N}",
            Question = question,
            Route = route,
            Band = band,
            ItemId = item,
            Score = band is null ? null : 0.5,
            LatencyMs = 20,
            Helpful = helpful,
        };

        db.TurnLog.AddRange(
            Turn(first, "webchat", "faq", "answered", "vneid là gì", "vneid-la-gi", true),
            Turn(first, "webchat", "faq", "answered", "vneid là gì", "vneid-la-gi", true),
            Turn(first, "webchat", "faq", "answered", "vneid là gì", "vneid-la-gi", false),
            Turn(first, "zalo", "fallback", "declined", "nấu canh chua, gọi [số điện thoại]"),
            Turn(first, "zalo", "fallback", "declined", "nấu canh chua, gọi [số điện thoại]"),
            Turn(first, "messenger", "faq_suggest", "suggested", "cài ứng dụng thế nào"),
            Turn(second, "webchat", "guide_done", null, "1", "kich-hoat-vneid-muc-2"),
            Turn(second, "zalo", "document", "document", "nghị định 13 quy định gì"),
            Turn(second, "zalo", "document", "document", "nghị định 13 quy định gì"),
            Turn(second, "zalo", "document", "document", "nghị định 13 quy định gì"),
            Turn(second, "zalo", "document", "document", "nghị định 13 quy định gì"),
            // Outside the period: the day after it.
            Turn(second.AddDays(1), "webchat", "faq", "answered", "vneid là gì", "vneid-la-gi", false));

        db.LessonResults.AddRange(
            new LessonResultRecord { Channel = "zalo", UserId = "z1", LessonId = "bao-ve-du-lieu-ca-nhan", Correct = true, At = At(first, 10) },
            new LessonResultRecord { Channel = "zalo", UserId = "z1", LessonId = "bao-ve-du-lieu-ca-nhan", Correct = false, At = At(second, 10) },
            new LessonResultRecord { Channel = "webchat", UserId = "w1", LessonId = "bao-ve-du-lieu-ca-nhan", Correct = true, At = At(second, 23, 59) },
            new LessonResultRecord { Channel = "webchat", UserId = "w2", LessonId = "bao-ve-du-lieu-ca-nhan", Correct = true, At = At(first, 0).AddMinutes(-1) });

        var contest = new ContestRecord { Title = "Cuộc thi tìm hiểu về chuyển đổi số", Organiser = "Tỉnh đoàn", Rules = "Mỗi người một lượt.", QuestionsPerAttempt = 3, SecondsPerQuestion = 30, CreatedBy = "publisher", CreatedAt = At(first, 8) };
        db.Contests.Add(contest);
        await db.SaveChangesAsync();
        var round = new ContestRoundRecord { ContestId = contest.Id, Name = "Vòng 1", StartsAt = At(first, 8), EndsAt = At(second, 20) };
        db.ContestRounds.Add(round);
        await db.SaveChangesAsync();
        db.ContestAttempts.AddRange(
            new ContestAttemptRecord { RoundId = round.Id, Channel = "zalo", UserId = "z1", StartedAt = At(first, 11), ShownAt = At(first, 11) },
            new ContestAttemptRecord { RoundId = round.Id, Channel = "webchat", UserId = "w1", StartedAt = At(second, 11), ShownAt = At(second, 11) });

        var campaign = new CampaignRecord { Name = "Tuyên truyền tài khoản VNeID", Text = "Kích hoạt VNeID mức 2.", CreatedBy = "publisher", ScheduledAt = At(first, 8), ExpiresAt = At(second, 8), CreatedAt = At(first, 7), UpdatedAt = At(first, 7) };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        DeliveryRecord Delivery(int i, DateTimeOffset? sent, bool delivered = false, bool read = false, bool clicked = false, bool optedOut = false) => new()
        {
            CampaignId = campaign.Id,
            Channel = "zalo",
            UserId = $"z{i}",
            ClickToken = $"tok{i}{Guid.NewGuid():N}"[..20],
            Status = sent is null ? DeliveryStatus.Queued : DeliveryStatus.Sent,
            SentAt = sent,
            DeliveredAt = delivered ? sent!.Value.AddMinutes(1) : null,
            ReadAt = read ? sent!.Value.AddMinutes(5) : null,
            ClickedAt = clicked ? sent!.Value.AddMinutes(6) : null,
            OptedOutAt = optedOut ? sent!.Value.AddMinutes(30) : null,
        };
        db.Deliveries.AddRange(
            Delivery(1, At(first, 9), delivered: true, read: true, clicked: true),
            Delivery(2, At(first, 9), delivered: true, read: true),
            Delivery(3, At(second, 9), delivered: true, optedOut: true),
            Delivery(4, At(second, 9)),
            Delivery(5, null));

        var answered = new HandoffRecord { Channel = "webchat", ConversationId = "h1", UserId = "h1", Message = "cần gặp cán bộ", RequestedAt = At(first, 14) };
        var waiting = new HandoffRecord { Channel = "zalo", ConversationId = "h2", UserId = "h2", Message = "cần gặp cán bộ", RequestedAt = At(second, 14) };
        db.Handoffs.AddRange(answered, waiting);
        await db.SaveChangesAsync();
        db.HandoffMessages.AddRange(
            new HandoffMessageRecord { HandoffId = answered.Id, From = "staff", StaffName = "editor", Text = "Chào Anh/Chị", At = At(first, 14, 10) },
            new HandoffMessageRecord { HandoffId = answered.Id, From = "citizen", Text = "Hỏi thêm", TurnNumber = 3, At = At(first, 14, 20) },
            new HandoffMessageRecord { HandoffId = answered.Id, From = "staff", StaffName = "editor", Text = "Dạ", At = At(first, 16, 20) });
        await db.SaveChangesAsync();
    }
}
