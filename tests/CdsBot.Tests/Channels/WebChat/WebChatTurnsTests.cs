using CdsBot.Channels.WebChat;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Channels.WebChat;

public sealed class WebChatTurnsTests
{
    [Fact]
    public async Task A_turn_whose_stored_message_is_run_again_after_its_batch_rolled_back_takes_a_fresh_event_id()
    {
        using var host = new BotHost();
        var groupCommit = host.Services.GetRequiredService<GroupCommit>();
        var turns = host.Services.GetRequiredService<WebChatTurns>();

        // A batch held open, so the three units below are committed together in the next one.
        var release = new TaskCompletionSource();
        var holding = new TaskCompletionSource();
        var blocker = groupCommit.RunAsync(async (_, _) =>
        {
            holding.SetResult();
            await release.Task;
        }, CancellationToken.None);
        await holding.Task;

        // Stands for another instance on the same database: it stores an event only in the moment between the batch's
        // rollback and its second run, and so takes the id the web message's rolled-back insert was given.
        var runs = 0;
        var otherInstance = groupCommit.RunAsync(async (db, ct) =>
        {
            if (++runs == 2)
            {
                await db.Database.ExecuteSqlAsync(
                    $"""INSERT INTO inbox_events ("Channel", "ChannelMessageId", "ConversationId", "Body", "ReceivedAt", "Status", "Attempts", "LeaseUntilMs") VALUES ('zalo', 'other-instance', 'z-1', '', {DateTimeOffset.UtcNow}, 'done', 0, 0)""", ct);
            }
        }, CancellationToken.None);
        var turn = turns.RunAsync(new ChatRequest("c-rerun", "u-rerun", "xin chào", null), CancellationToken.None);
        var failing = groupCommit.RunAsync<int>((_, _) => throw new InvalidOperationException("this unit cannot be stored"), CancellationToken.None);

        release.SetResult();
        await Task.WhenAll(blocker, otherInstance);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        var outcome = await turn;

        Assert.StartsWith("Xin chào Anh/Chị!", Assert.Single(outcome.Replies).Text, StringComparison.Ordinal);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        var events = await db.InboxEvents.OrderBy(e => e.Id).Select(e => new { e.Channel, e.Status }).ToListAsync();
        Assert.Equal([("zalo", "done"), ("webchat", "done")], events.Select(e => (e.Channel, e.Status)));
    }
}
