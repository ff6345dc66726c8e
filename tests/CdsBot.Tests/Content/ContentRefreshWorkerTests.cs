using CdsBot.Content;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Retrieval;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Content;

public sealed class ContentRefreshWorkerTests
{
    [Fact]
    public async Task An_item_stops_being_answered_once_its_validity_ends_without_a_restart()
    {
        // 23:50 in Vietnam on the item's last day.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 10, 10, 16, 50, 0, TimeSpan.Zero));
        var catalog = new ContentCatalog(time);
        catalog.Publish(new ContentSet(
            [new Topic("ngay-cds", "Ngày 10/10", "…")],
            [],
            [new FaqItem { Id = "su-kien-10-10", Topic = "ngay-cds", Question = "Sự kiện ngày hội chuyển đổi số tổ chức ở đâu?", Answer = "Tại nhà văn hóa xã.", ValidTo = new DateOnly(2026, 10, 10) }]));
        using var worker = new ContentRefreshWorker(catalog, Options.Create(new ContentOptions { RefreshIntervalMinutes = 15 }), time, NullLogger<ContentRefreshWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        Assert.Equal("su-kien-10-10", catalog.Index.Search("sự kiện ngày hội chuyển đổi số ở đâu")[0].Item.Id);

        // The worker's loop starts on a background task (.NET 10), so keep the clock moving until its tick lands.
        await WaitUntil(() => catalog.Index.Count == 0, () => time.Advance(TimeSpan.FromMinutes(15)));

        Assert.Empty(catalog.Index.Search("sự kiện ngày hội chuyển đổi số ở đâu"));
        await worker.StopAsync(CancellationToken.None);
    }

    private static async Task WaitUntil(Func<bool> condition, Action step)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            step();
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
