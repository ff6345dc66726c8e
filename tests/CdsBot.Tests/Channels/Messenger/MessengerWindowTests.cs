using CdsBot.Broadcasts;
using CdsBot.Channels.Messenger;
using CdsBot.Dialogs.Activities;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Channels.Messenger;

/// <summary>
/// A campaign's batch reads each person's 24-hour window once, when its lanes are chosen. A window only lengthens (each
/// message the person writes moves its end on), so while the one read lasts, a send need not read it again before each
/// part; once it has closed, the send reads it again and the record decides.
/// </summary>
public sealed class MessengerWindowTests
{
    private static readonly OutboundActivity Message = new() { Text = "Ngày 10/10 là Ngày Chuyển đổi số quốc gia." };

    [Fact]
    public async Task The_lane_chosen_for_a_person_inside_the_window_carries_when_that_window_closes()
    {
        await using var bot = BroadcastBot.Start();
        var wrote = bot.Time.GetUtcNow().AddHours(-3).ToUnixTimeMilliseconds();
        await using (var db = await bot.NewContextAsync())
        {
            db.MessengerUsers.Add(new MessengerUserRecord { Psid = "psid-open", LastInboundMs = wrote, UpdatedAt = bot.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var messenger = bot.Services.GetServices<IBroadcastChannel>().Single(c => c.Channel == "messenger");
        var lanes = await messenger.ChooseLanesAsync(["psid-open", "psid-never"], CancellationToken.None);

        Assert.Equal(DeliveryLanes.MessengerUpdate, lanes[0].Lane);
        Assert.Equal(wrote + (24 * 3_600_000L), lanes[0].OpenUntilMs);
        Assert.Null(lanes[1].Lane);
        Assert.Null(lanes[1].OpenUntilMs);
    }

    [Fact]
    public async Task While_the_window_a_read_found_open_lasts_the_send_does_not_read_it_again()
    {
        // No record at all: a read before the part would refuse ("never written to the Page"), so the message going out
        // shows that none was made.
        await using var bot = BroadcastBot.Start();
        var sender = bot.Services.GetRequiredService<MessengerSender>();

        var outcome = await sender.SendAsync("psid-unread", Message, 0, "UPDATE", null, CancellationToken.None, openUntilMs: bot.Time.GetUtcNow().AddMinutes(1).ToUnixTimeMilliseconds());

        Assert.True(outcome.Delivered, outcome.Reason);
        Assert.Single(bot.Graph.Delivered, call => call.Body["recipient"]?["id"]?.GetValue<string>() == "psid-unread");
    }

    [Fact]
    public async Task Once_that_window_has_closed_the_send_reads_it_again_and_the_record_decides()
    {
        await using var bot = BroadcastBot.Start();
        var sender = bot.Services.GetRequiredService<MessengerSender>();

        var outcome = await sender.SendAsync("psid-unread", Message, 0, "UPDATE", null, CancellationToken.None, openUntilMs: bot.Time.GetUtcNow().AddMilliseconds(-1).ToUnixTimeMilliseconds());

        Assert.False(outcome.Delivered);
        Assert.Contains("never written", outcome.Reason);
        Assert.Empty(bot.Graph.Delivered);
    }
}
