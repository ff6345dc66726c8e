using System.Globalization;
using CdsBot.Content.Records;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CdsBot.Tests.Admin.Ui;

/// <summary>The "Tổng quan" page's box of items expiring soon, in real Chromium: the week's digest, and a link that opens the item.</summary>
#pragma warning disable CA1001 // xunit disposes both through IAsyncLifetime.DisposeAsync.
public sealed class ExpiringUiTests : IAsyncLifetime
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

    [Fact]
    public async Task A_publisher_sees_the_item_ending_in_3_days_on_the_dashboard_and_opens_it_from_there()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        await using (var db = await _bot.Host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync())
        {
            db.FaqItems.Add(new FaqItemRecord
            {
                Id = "hoi-cho-so", Topic = "ky-nang-so", Locality = "national", Question = "Hội chợ số của tỉnh diễn ra ở đâu?",
                Answer = "Anh/Chị đến nhà văn hóa tỉnh.", Status = "published", ValidTo = today.AddDays(3), UpdatedBy = "test",
            });
            await db.SaveChangesAsync();
        }

        var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = _bot.Anonymous().BaseAddress!.ToString(), Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/#dashboard");
        await page.GetByLabel("Tên đăng nhập").FillAsync("publisher");
        await page.GetByLabel("Mật khẩu").FillAsync(StaffBot.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        var box = page.GetByRole(AriaRole.Region, new() { Name = "Mục sắp hết hiệu lực" });
        await Assertions.Expect(box).ToContainTextAsync("1 mục sắp hết hiệu lực trong 30 ngày tới");
        await Assertions.Expect(box.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hội chợ số" }).GetByRole(AriaRole.Cell))
            .ToHaveTextAsync([today.AddDays(3).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), "3 ngày", "Hội chợ số của tỉnh diễn ra ở đâu?", "Mở mục"]);
        await box.GetByRole(AriaRole.Link, new() { Name = "Mở mục: Hội chợ số của tỉnh diễn ra ở đâu?" }).ClickAsync();

        await Assertions.Expect(page.Locator("#item-question")).ToHaveValueAsync("Hội chợ số của tỉnh diễn ra ở đâu?");
        Assert.EndsWith("#items/hoi-cho-so", page.Url, StringComparison.Ordinal);
    }
}
