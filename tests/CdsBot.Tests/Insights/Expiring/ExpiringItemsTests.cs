using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsBot.Content.Records;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Insights.Expiring;

/// <summary>GET /admin/api/dashboard/expiring on the real host and database, with the fake clock on a Wednesday.</summary>
public sealed class ExpiringItemsTests : IDisposable
{
    // Wednesday 5 March 2031, 10:00 in Vietnam: ISO week 10 runs from Monday 3/3 to Sunday 9/3.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 3, 5, 3, 0, 0, TimeSpan.Zero));
    private readonly StaffBot _bot;

    public ExpiringItemsTests() =>
        _bot = new StaffBot(new Dictionary<string, string?> { ["Admin:LoginAttemptsPerMinute"] = "1000" }, services => services.AddSingleton<TimeProvider>(_time));

    public void Dispose() => _bot.Dispose();

    private async Task SeedAsync(params (string Id, DateOnly ValidTo, string Status)[] items)
    {
        await using var db = await _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        db.FaqItems.AddRange(items.Select(i => new FaqItemRecord
        {
            Id = i.Id, Topic = "ky-nang-so", Locality = "national", Question = $"Câu hỏi {i.Id}?", Answer = "Anh/Chị xem hướng dẫn.",
            Status = i.Status, ValidTo = i.ValidTo, UpdatedBy = "test",
        }));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Items_ending_from_today_to_30_days_ahead_are_listed_soonest_first_with_this_weeks_digest()
    {
        await SeedAsync(
            ("het-sau-30-ngay", new DateOnly(2031, 4, 4), "published"),
            ("het-sau-31-ngay", new DateOnly(2031, 4, 5), "published"),
            ("het-hom-nay", new DateOnly(2031, 3, 5), "published"),
            ("het-hom-qua", new DateOnly(2031, 3, 4), "published"),
            ("het-chu-nhat", new DateOnly(2031, 3, 9), "published"),
            ("het-thu-hai-sau", new DateOnly(2031, 3, 10), "published"),
            ("ban-nhap-sap-het", new DateOnly(2031, 3, 6), "draft"));
        var publisher = await _bot.AsAsync("publisher");

        var report = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/dashboard/expiring");

        Assert.Equal(
            [("het-hom-nay", 0), ("het-chu-nhat", 4), ("het-thu-hai-sau", 5), ("het-sau-30-ngay", 30)],
            report.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("id").GetString(), i.GetProperty("daysLeft").GetInt32())));
        var digest = report.GetProperty("digest");
        Assert.Equal((2031, 10, "2031-03-03", "2031-03-09", 4, 2), (digest.GetProperty("year").GetInt32(), digest.GetProperty("week").GetInt32(),
            digest.GetProperty("weekStart").GetString(), digest.GetProperty("weekEnd").GetString(), digest.GetProperty("upcoming").GetInt32(), digest.GetProperty("endingThisWeek").GetInt32()));
        Assert.Equal("Tuần này (tuần 10, 03/03–09/03/2031): 4 mục sắp hết hiệu lực trong 30 ngày tới, trong đó 2 mục hết hiệu lực ngay trong tuần.", digest.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_window_moves_with_the_clock_and_a_new_iso_week_starts_on_monday_in_vietnam_time()
    {
        await SeedAsync(("het-sau-31-ngay", new DateOnly(2031, 4, 5), "published"));
        var publisher = await _bot.AsAsync("publisher");
        Assert.Empty((await publisher.GetFromJsonAsync<JsonElement>("/admin/api/dashboard/expiring")).GetProperty("items").EnumerateArray());

        // Sunday 9/3 at 17:00 UTC is Monday 10/3 at 00:00 in Vietnam: 26 days left, and week 11.
        _time.SetUtcNow(new DateTimeOffset(2031, 3, 9, 17, 0, 0, TimeSpan.Zero));
        publisher = await _bot.AsAsync("publisher"); // the first token lasted 8 hours
        var report = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/dashboard/expiring");

        Assert.Equal(26, Assert.Single(report.GetProperty("items").EnumerateArray()).GetProperty("daysLeft").GetInt32());
        Assert.Equal("Tuần này (tuần 11, 10/03–16/03/2031): 1 mục sắp hết hiệu lực trong 30 ngày tới.", report.GetProperty("digest").GetProperty("text").GetString());
    }

    [Fact]
    public async Task With_nothing_ending_the_digest_says_so_and_editors_are_not_shown_it()
    {
        var publisher = await _bot.AsAsync("publisher");
        var editor = await _bot.AsAsync("editor");

        var report = await publisher.GetFromJsonAsync<JsonElement>("/admin/api/dashboard/expiring");

        Assert.Equal("Tuần này (tuần 10, 03/03–09/03/2031): không có mục nào sắp hết hiệu lực trong 30 ngày tới.", report.GetProperty("digest").GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/api/dashboard/expiring")).StatusCode);
    }
}
