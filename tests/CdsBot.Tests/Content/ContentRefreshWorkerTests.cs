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

    [Fact]
    public async Task A_scheduled_re_index_never_puts_back_content_older_than_a_reload_that_happened_meanwhile()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 10, 10, 1, 0, 0, TimeSpan.Zero));
        var clock = new InterruptingClock(time);
        var catalog = new ContentCatalog(clock);
        catalog.Publish(Single("cu", "Nội dung cũ?"));
        using var worker = new ContentRefreshWorker(catalog, Options.Create(new ContentOptions { RefreshIntervalMinutes = 15 }), time, NullLogger<ContentRefreshWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);

        // The next time the catalog asks the date (the worker's re-index, under way), a staff publication lands.
        var readsWhenPublished = -1;
        clock.Interrupt(() =>
        {
            catalog.Publish(Single("moi", "Nội dung mới?"));
            readsWhenPublished = clock.Reads;
        });

        // Once the worker reads the clock again, the re-index that was interrupted has finished its swap.
        await WaitUntil(() => readsWhenPublished >= 0 && clock.Reads > readsWhenPublished, () => time.Advance(TimeSpan.FromMinutes(15)));

        Assert.NotNull(catalog.Content.FindItem("moi"));
        Assert.Null(catalog.Content.FindItem("cu"));
        await worker.StopAsync(CancellationToken.None);
    }

    private static ContentSet Single(string id, string question) =>
        new([new Topic("t", "Chủ đề", "…")], [], [new FaqItem { Id = id, Topic = "t", Question = question, Answer = "Trả lời." }]);

    /// <summary>Reads the time from another clock, running an action once, the next time it is read.</summary>
    private sealed class InterruptingClock(TimeProvider inner) : TimeProvider
    {
        private Action? _next;
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public void Interrupt(Action action) => Volatile.Write(ref _next, action);

        public override DateTimeOffset GetUtcNow()
        {
            Interlocked.Increment(ref _reads);
            Interlocked.Exchange(ref _next, null)?.Invoke();
            return inner.GetUtcNow();
        }
    }

    // Steps the fake clock until the worker has done what is awaited; the deadline is real time, so a loaded machine
    // that schedules the worker late only makes the wait longer.
    private static async Task WaitUntil(Func<bool> condition, Action step)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            step();
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
