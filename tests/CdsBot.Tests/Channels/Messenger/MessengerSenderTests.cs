using CdsBot.Inbox;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Tests.Channels.Messenger;

/// <summary>
/// The Send API has no idempotency key (a timed-out call may still have been delivered), so each reply names its outbox
/// row in message.metadata, which Meta echoes back (message_echoes): the one hint the platform offers to reconcile a
/// reply whose send was cut off.
/// </summary>
public sealed class MessengerSenderTests
{
    [Fact]
    public async Task Each_reply_names_its_outbox_row_and_part_in_the_messages_metadata()
    {
        await using var bot = MessengerBot.Start();

        await new MessengerWebhooks(bot.Http).PostTextAsync("psid-metadata", "nghị quyết 57 là gì");
        await Eventually.HoldsAsync(
            async () => await bot.QueryAsync(db => db.OutboundMessages.AnyAsync()) && await bot.QueryAsync(db => db.OutboundMessages.AllAsync(m => m.Status == InboxStatus.Sent)),
            "the replies are sent");

        var rows = await bot.QueryAsync(db => db.OutboundMessages.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
        var metadata = bot.Graph.Delivered.Select(c => c.Body["message"]?["metadata"]?.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(rows.Select(id => $"cdsbot:outbound:{id}:0").Order(StringComparer.Ordinal), metadata);
    }
}
