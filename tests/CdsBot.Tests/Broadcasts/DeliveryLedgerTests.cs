using CdsBot.Broadcasts;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Broadcasts;

/// <summary>
/// What the ledger row of one recipient says after each round: attempts counted, the back-off doubling from the
/// configured base, failed after the last attempt; and the time a message was sent, stored so that queries by time
/// find it. On both databases: the dispatcher writes these columns with SQL of its own.
/// </summary>
public sealed class DeliveryLedgerTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task A_recipient_failing_transiently_is_tried_up_to_the_attempts_allowed_with_the_back_off_doubling_then_failed(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = BroadcastBot.Start(database, time: time, settings: new Dictionary<string, string?>
        {
            ["Messenger:SendRetries"] = "0",
            ["Broadcasts:MaxAttempts"] = "3",
            ["Broadcasts:RetryBaseDelayMilliseconds"] = "1000",
        });
        await bot.AddSubscriberAsync("messenger", "m-1", TimeSpan.FromHours(1));
        bot.Graph.FailWhen = _ => (500, 2, 0, null);
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());

        var rows = new List<(int Calls, string Status, int Attempts, long WaitMs)>();
        for (var round = 0; round < 3; round++)
        {
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            await bot.RunRoundAsync();
            var row = (await bot.LedgerAsync(id)).Single();
            rows.Add((bot.Graph.Attempts.Count, row.Status, row.Attempts, row.Status == DeliveryStatus.Queued ? row.NextAttemptMs - now : 0));
            time.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(
            [(1, DeliveryStatus.Queued, 1, 1000L), (2, DeliveryStatus.Queued, 2, 2000L), (3, DeliveryStatus.Failed, 3, 0L)],
            rows);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task The_time_a_message_was_sent_is_stored_as_the_clock_read_it_and_found_by_time(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 10, 10, 1, 2, 3, 456, TimeSpan.Zero));
        await using var bot = BroadcastBot.Start(database, time: time);
        await bot.AddSubscriberAsync("messenger", "m-1", TimeSpan.FromHours(1));
        var id = await bot.ApprovedCampaignAsync(bot.DueNow());

        await bot.RunRoundAsync();

        var row = (await bot.LedgerAsync(id)).Single();
        Assert.Equal((DeliveryStatus.Sent, time.GetUtcNow(), 1), (row.Status, row.SentAt, row.Attempts));
        await using var db = await bot.NewContextAsync();
        var now = time.GetUtcNow();
        Assert.Equal(1, await db.Deliveries.CountAsync(d => d.CampaignId == id && d.SentAt <= now && d.SentAt > now.AddSeconds(-1)));
    }
}
