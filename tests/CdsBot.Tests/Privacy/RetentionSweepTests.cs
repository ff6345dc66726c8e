using CdsBot.Content.Records;
using CdsBot.Dialogs.State;
using CdsBot.Handoffs;
using CdsBot.Inbox;
using CdsBot.Privacy;
using CdsBot.Storage;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Privacy;

/// <summary>The retention sweep removes what is older than the configured limits, and never what a pending send or an open hand-off needs.</summary>
public sealed class RetentionSweepTests : IDisposable
{
    private readonly BotHost _host = new(settings: new Dictionary<string, string?>
    {
        ["Privacy:RawMessageDays"] = "30",
        ["Privacy:ConversationDays"] = "90",
        ["Privacy:QuestionDays"] = "180",
        ["Privacy:HandoffDays"] = "180",

        // The rows below are the sweep's to judge: the inbox worker's relay would otherwise try the pending send (to an
        // OA not configured here) and fail it for good before the sweep runs, on a slow machine.
        ["Inbox:ProcessingEnabled"] = "false",
    });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Old_messages_state_questions_and_closed_hand_offs_go_while_pending_sends_open_hand_offs_and_recent_rows_stay()
    {
        var now = DateTimeOffset.UtcNow;
        var factory = _host.Services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            InboxEventRecord Event(string id, int daysAgo, string status) =>
                new() { Channel = "zalo", ChannelMessageId = id, ConversationId = "z-" + id, Body = "{}", ReceivedAt = now.AddDays(-daysAgo), Status = status };
            var old = Event("old", 40, InboxStatus.Done);
            // Still being handled (by another instance holding its lease), so the worker here leaves it alone.
            var oldPending = Event("old-pending", 40, InboxStatus.Pending);
            oldPending.LeaseOwner = "another-instance";
            oldPending.LeaseUntilMs = now.AddHours(1).ToUnixTimeMilliseconds();
            var oldWithSend = Event("old-send-waiting", 40, InboxStatus.Done);
            var recent = Event("recent", 5, InboxStatus.Done);
            db.InboxEvents.AddRange(old, oldPending, oldWithSend, recent);
            await db.SaveChangesAsync();
            OutboundMessageRecord Send(InboxEventRecord e, string status) => new() { InboxEventId = e.Id, Channel = "zalo", RecipientId = e.ConversationId, Body = "{}", Status = status, CreatedAt = e.ReceivedAt };
            db.OutboundMessages.AddRange(Send(old, InboxStatus.Sent), Send(oldWithSend, InboxStatus.Pending), Send(recent, InboxStatus.Sent));

            db.States.AddRange(
                new StateRecord { Key = StateKeys.Conversation("zalo", "z-quiet"), Json = "{}", UpdatedAt = now.AddDays(-100) },
                new StateRecord { Key = StateKeys.Conversation("zalo", "z-waiting"), Json = "{}", UpdatedAt = now.AddDays(-100) },
                new StateRecord { Key = StateKeys.Conversation("zalo", "z-active"), Json = "{}", UpdatedAt = now.AddDays(-1) });
            db.Unanswered.AddRange(
                new UnansweredRecord { Channel = "zalo", ConversationId = "z-1", UserId = "z-1", Text = "câu hỏi cũ", Folded = "cau hoi cu", Band = "low", AskedAt = now.AddDays(-200), Status = "open" },
                new UnansweredRecord { Channel = "zalo", ConversationId = "z-1", UserId = "z-1", Text = "câu hỏi mới", Folded = "cau hoi moi", Band = "low", TurnNumber = 2, AskedAt = now.AddDays(-2), Status = "open" });
            var closed = new HandoffRecord { Channel = "zalo", ConversationId = "z-closed", UserId = "z-closed", Message = "cũ", RequestedAt = now.AddDays(-300), ClosedAt = now.AddDays(-200) };
            var waiting = new HandoffRecord { Channel = "zalo", ConversationId = "z-waiting", UserId = "z-waiting", Message = "đang chờ", RequestedAt = now.AddDays(-300) };
            db.Handoffs.AddRange(closed, waiting);
            await db.SaveChangesAsync();
            db.HandoffMessages.AddRange(
                new HandoffMessageRecord { HandoffId = closed.Id, From = "citizen", Text = "cũ", At = now.AddDays(-300) },
                new HandoffMessageRecord { HandoffId = waiting.Id, From = "citizen", Text = "đang chờ", At = now.AddDays(-300) });
            await db.SaveChangesAsync();
        }

        var removed = await _host.Services.GetRequiredService<RetentionSweep>().RunAsync(CancellationToken.None);

        Assert.Equal(new RetentionResult(InboxEvents: 1, Sends: 1, States: 1, Questions: 1, Handoffs: 1, HandoffMessages: 1), removed);
        await using var check = await factory.CreateDbContextAsync();
        Assert.Equal(["old-pending", "old-send-waiting", "recent"], await check.InboxEvents.OrderBy(e => e.ChannelMessageId).Select(e => e.ChannelMessageId).ToListAsync());
        Assert.Equal(2, await check.OutboundMessages.CountAsync());
        Assert.Equal([StateKeys.Conversation("zalo", "z-active"), StateKeys.Conversation("zalo", "z-waiting")], await check.States.OrderBy(s => s.Key).Select(s => s.Key).ToListAsync());
        Assert.Equal(["câu hỏi mới"], await check.Unanswered.Select(u => u.Text).ToListAsync());
        Assert.Equal(["z-waiting"], await check.Handoffs.Select(h => h.ConversationId).ToListAsync());
        Assert.Equal(["đang chờ"], await check.HandoffMessages.Select(m => m.Text).ToListAsync());
    }
}
