using CdsBot.Inbox;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CdsBot.Tests.Inbox;

/// <summary>
/// The host killed (SIGKILL) while citizens write and replies are in flight, then started again: every turn is answered,
/// and no citizen gets a reply twice. A reply whose platform call was cut off is recorded as unknown instead.
/// </summary>
public sealed class InboxCrashTests(ITestOutputHelper output)
{
    private const int Citizens = 240;
    private const int LeaseSeconds = 3;

    [Fact]
    public async Task Killed_under_load_and_restarted_every_turn_is_answered_and_no_reply_reaches_a_citizen_twice()
    {
        var database = BotHost.NewDatabasePath();
        await using var graph = new GraphStandIn { SendDelay = TimeSpan.FromMilliseconds(40) };
        var settings = MessengerBot.Settings(graph).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        settings["Inbox__LeaseSeconds"] = LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Inbox__PollIntervalMilliseconds"] = "100";
        settings["Broadcasts__Enabled"] = "false";
        try
        {
            int posted;
            await using (var first = await BotProcess.StartAsync(database, settings))
            {
                var webhooks = new MessengerWebhooks(new HttpClient { BaseAddress = first.Address });
                var load = PostUntilCutOffAsync(webhooks);
                await Eventually.HoldsAsync(() => graph.Delivered.Count >= Citizens / 4, "a quarter of the citizens answered", 120_000);
                await first.KillAsync();
                posted = await load;
            }

            var atKill = graph.Delivered.Count;
            await using (var second = await BotProcess.StartAsync(database, settings))
            {
                await Eventually.HoldsAsync(() => DrainedAsync(database), "every stored event is run and every owed reply settled", 120_000);
            }

            var copies = graph.Delivered.GroupBy(c => (c.RecipientId, c.Text)).Select(g => g.Count()).ToList();
            var duplicates = copies.Sum(c => c - 1);
            var (sent, unknown, failed) = await OutcomesAsync(database);
            output.WriteLine($"{posted} citizens wrote; {atKill} replies at the kill, {graph.Delivered.Count} in all; duplicates {duplicates}; rows sent {sent}, unknown {unknown}, failed {failed}");
            Assert.True(atKill < graph.Delivered.Count, "the restarted host sent nothing; nothing was tested");
            Assert.Equal(0, duplicates);
            Assert.Equal(0, failed);
            var inFlight = new InboxOptions().ConversationsInParallel;
            Assert.True(unknown <= inFlight, $"{unknown} replies in doubt; at most the sends in flight at the kill (one per conversation run in parallel, {inFlight}) may be");
        }
        finally
        {
            BotHost.DeleteDatabase(database);
        }
    }

    /// <summary>Eight writers, each citizen one message, until the host is gone; returns how many were acknowledged.</summary>
    private static async Task<int> PostUntilCutOffAsync(MessengerWebhooks webhooks)
    {
        var acknowledged = 0;
        var next = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 8), async (_, _) =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) <= Citizens)
            {
                try
                {
                    await webhooks.PostTextAsync($"psid-{i:D4}", "nghị quyết 57 là gì");
                    Interlocked.Increment(ref acknowledged);
                }
                catch (HttpRequestException)
                {
                    return;
                }
            }
        });
        return acknowledged;
    }

    private static CdsBotDbContext Open(string database) =>
        new(new DbContextOptionsBuilder<CdsBotDbContext>().UseSqlite($"Data Source={database}").Options);

    private static async Task<bool> DrainedAsync(string database)
    {
        await using var db = Open(database);
        return !await db.InboxEvents.AnyAsync(e => e.Status == InboxStatus.Pending)
            && !await db.OutboundMessages.AnyAsync(m => m.Status == InboxStatus.Pending || m.Status == InboxStatus.Sending);
    }

    private static async Task<(int Sent, int Unknown, int Failed)> OutcomesAsync(string database)
    {
        await using var db = Open(database);
        var statuses = await db.OutboundMessages.Select(m => m.Status).ToListAsync();
        return (statuses.Count(s => s == InboxStatus.Sent), statuses.Count(s => s == InboxStatus.Unknown), statuses.Count(s => s == InboxStatus.Failed));
    }
}
