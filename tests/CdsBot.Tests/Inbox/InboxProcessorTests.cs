using CdsBot.Dialogs.State;
using CdsBot.Inbox;
using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CdsBot.Tests.Inbox;

/// <summary>
/// The inbox worker driven round by round: stored events become turns in arrival order per conversation, each turn's
/// replies reach the citizen in the order the turns were run, whatever happened to an earlier send.
/// </summary>
public sealed class InboxProcessorTests
{
    [Fact]
    public async Task A_stored_event_is_run_once_its_reply_sent_and_it_is_marked_done()
    {
        await using var inbox = InboxHost.Start();
        var id = await inbox.ReceiveTextAsync("citizen-1", "menu");

        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);
        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);

        var reply = Assert.Single(inbox.Channel.Requests);
        Assert.Equal("citizen-1", reply.RecipientId);
        Assert.StartsWith("Anh/Chị chọn một mục", reply.Text, StringComparison.Ordinal);
        var stored = await inbox.QueryAsync(db => db.InboxEvents.SingleAsync(e => e.Id == id));
        Assert.Equal((InboxStatus.Done, 1), (stored.Status, stored.Attempts));
        Assert.Equal(InboxStatus.Sent, (await inbox.QueryAsync(db => db.OutboundMessages.SingleAsync(m => m.InboxEventId == id))).Status);
    }

    [Fact]
    public async Task An_event_whose_turn_fails_every_time_is_marked_failed_and_still_opens_the_citizens_reply_window()
    {
        await using var inbox = InboxHost.Start(
            settings: new Dictionary<string, string?> { ["Inbox:MaxAttempts"] = "1" },
            services: services =>
            {
                services.RemoveAll<IStateStore>();
                services.AddSingleton<IStateStore, UnreadableStateStore>();
            });
        var id = await inbox.ReceiveTextAsync("citizen-9", "menu");

        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);

        Assert.Empty(inbox.Channel.Requests);
        Assert.Equal(InboxStatus.Failed, (await inbox.QueryAsync(db => db.InboxEvents.SingleAsync(e => e.Id == id))).Status);
        var user = await inbox.QueryAsync(db => db.ZaloUsers.SingleAsync(u => u.UserId == "citizen-9"));
        Assert.True(user.LastInboundMs > 0, "the citizen's message opens the reply window, so staff can still answer them");
    }

    [Fact]
    public async Task A_conversations_events_are_run_in_arrival_order()
    {
        await using var inbox = InboxHost.Start();
        await inbox.ReceiveTextAsync("citizen-1", "menu");
        await inbox.ReceiveTextAsync("citizen-1", "4");

        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);

        DeliveredMenuThenTheDay(inbox.Channel);
    }

    [Fact]
    public async Task A_worker_runs_the_next_conversations_turn_while_a_reply_is_still_being_sent_and_the_pass_ends_once_it_is()
    {
        await using var inbox = InboxHost.Start(settings: new Dictionary<string, string?> { ["Inbox:ConversationsInParallel"] = "1" });
        var first = await inbox.ReceiveTextAsync("citizen-1", "menu");
        var second = await inbox.ReceiveTextAsync("citizen-2", "menu");
        inbox.Channel.HoldCalls();

        var pass = inbox.Processor.ProcessPendingAsync(CancellationToken.None);
        await Eventually.HoldsAsync(
            async () => await inbox.QueryAsync(db => db.InboxEvents.CountAsync(e => (e.Id == first || e.Id == second) && e.Status == InboxStatus.Done)) == 2,
            "both turns committed by the one worker while the first reply is held in flight");

        Assert.False(pass.IsCompleted, "the pass waits for the replies of its turns");
        inbox.Channel.Release();
        await pass;
        Assert.Equal(["citizen-1", "citizen-2"], inbox.Channel.Delivered.Select(d => d.RecipientId).Order());
    }

    [Fact]
    public async Task A_turn_committed_while_the_citizens_earlier_reply_is_in_flight_has_its_reply_sent_right_after_that_one()
    {
        await using var inbox = InboxHost.Start(settings: new Dictionary<string, string?> { ["Inbox:ConversationsInParallel"] = "1" });
        await inbox.ReceiveTextAsync("citizen-1", "menu");
        var later = await inbox.ReceiveTextAsync("citizen-1", "4");
        inbox.Channel.HoldCalls();

        var pass = inbox.Processor.ProcessPendingAsync(CancellationToken.None);
        await Eventually.HoldsAsync(
            async () => await inbox.QueryAsync(db => db.InboxEvents.AnyAsync(e => e.Id == later && e.Status == InboxStatus.Done)) && inbox.Channel.Requests.Count > 0,
            "the later turn committed while the first reply is held in flight");

        Assert.Single(inbox.Channel.Requests);
        inbox.Channel.Release();
        await pass;
        DeliveredMenuThenTheDay(inbox.Channel);
    }

    [Fact]
    public async Task Replies_in_flight_at_once_are_no_more_than_the_turns_the_worker_runs_at_once()
    {
        await using var inbox = InboxHost.Start(settings: new Dictionary<string, string?> { ["Inbox:ConversationsInParallel"] = "2" });
        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await inbox.ReceiveTextAsync($"citizen-{i}", "menu"));
        }

        inbox.Channel.HoldCalls();
        var pass = inbox.Processor.ProcessPendingAsync(CancellationToken.None);
        await Eventually.HoldsAsync(
            async () => await inbox.QueryAsync(db => db.InboxEvents.CountAsync(e => ids.Contains(e.Id) && e.Status == InboxStatus.Done)) == 6 && inbox.Channel.Requests.Count >= 2,
            "every turn committed, and replies held in flight");

        inbox.Channel.Release();
        await pass;
        Assert.Equal(6, inbox.Channel.Delivered.Count);
        Assert.Equal(2, inbox.Channel.MaxInFlight);
    }

    [Fact]
    public async Task A_turns_replies_are_written_only_once_its_typing_indicator_is_over()
    {
        var typing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var inbox = InboxHost.Start(
            settings: new Dictionary<string, string?> { ["Inbox:ConversationsInParallel"] = "1" },
            services: services =>
            {
                services.RemoveAll<IInboundChannel>();
                services.AddSingleton<IInboundChannel>(provider => new TypingOnLast(ActivatorUtilities.CreateInstance<CdsBot.Channels.Zalo.ZaloInbound>(provider), "4", typing.Task));
            });
        await inbox.ReceiveTextAsync("citizen-1", "menu");
        var typed = await inbox.ReceiveTextAsync("citizen-1", "4");

        var pass = inbox.Processor.ProcessPendingAsync(CancellationToken.None);
        await Eventually.HoldsAsync(
            async () => inbox.Channel.Delivered.Count == 1 && await inbox.QueryAsync(db => db.InboxEvents.AnyAsync(e => e.Id == typed && e.Attempts == 1)),
            "the first reply sent and the second event taken, its typing indicator still in flight");

        Assert.False(await inbox.QueryAsync(db => db.OutboundMessages.AnyAsync(m => m.InboxEventId == typed)), "no reply owed before the typing indicator is over");
        typing.SetResult();
        await pass;
        DeliveredMenuThenTheDay(inbox.Channel);
    }

    /// <summary>What "menu" then "4" (the menu's fourth topic) get, in that order.</summary>
    private static void DeliveredMenuThenTheDay(OutboundStandIn channel)
    {
        Assert.Equal(2, channel.Delivered.Count);
        Assert.StartsWith("Anh/Chị chọn một mục", channel.Delivered[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Ngày Chuyển đổi số quốc gia 10/10", channel.Delivered[1].Text, StringComparison.Ordinal);
    }

    /// <summary>Reads Zalo events as the host does; the one whose text is <paramref name="text"/> has a typing indicator in flight until <paramref name="typing"/> completes.</summary>
    private sealed class TypingOnLast(IInboundChannel zalo, string text, Task typing) : IInboundChannel
    {
        public string Channel => zalo.Channel;

        public async Task<InboundEvent?> ReadAsync(InboxEventRecord inboxEvent, CancellationToken cancellationToken)
        {
            var read = await zalo.ReadAsync(inboxEvent, cancellationToken);
            return read is not null && read.Activity.Text == text ? read with { Courtesy = typing } : read;
        }
    }

    [Fact]
    public async Task An_event_asking_nothing_of_the_bot_is_marked_done_and_sends_nothing()
    {
        await using var inbox = InboxHost.Start();
        var id = await inbox.ReceiveUnfollowAsync("citizen-1");

        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);

        Assert.Empty(inbox.Channel.Requests);
        Assert.Equal(InboxStatus.Done, (await inbox.QueryAsync(db => db.InboxEvents.SingleAsync(e => e.Id == id))).Status);
    }

    [Fact]
    public async Task An_event_held_by_another_worker_is_left_alone_with_the_events_after_it_but_other_conversations_go_on()
    {
        await using var inbox = InboxHost.Start();
        var held = await inbox.ReceiveTextAsync("citizen-1", "menu");
        await inbox.ReceiveTextAsync("citizen-1", "4");
        await inbox.ReceiveTextAsync("citizen-2", "menu");
        var until = inbox.Time.GetUtcNow().AddSeconds(30).ToUnixTimeMilliseconds();
        await inbox.QueryAsync(db => db.InboxEvents.Where(e => e.Id == held).ExecuteUpdateAsync(e => e.SetProperty(x => x.LeaseOwner, "another-instance").SetProperty(x => x.LeaseUntilMs, until)));

        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);

        Assert.Equal(["citizen-2"], inbox.Channel.Requests.Select(r => r.RecipientId));
        Assert.Equal(2, await inbox.QueryAsync(db => db.InboxEvents.CountAsync(e => e.Status == InboxStatus.Pending)));
    }

    [Fact]
    public async Task A_later_turns_reply_waits_while_the_earlier_turns_reply_backs_off_and_then_follows_it()
    {
        await using var inbox = InboxHost.Start();
        var first = await inbox.ReceiveTextAsync("citizen-1", "menu");
        await inbox.ReceiveTextAsync("citizen-1", "4");
        inbox.Channel.Answer(SendOutcome.Transient("HTTP 503"));

        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);

        Assert.Equal(0, await inbox.QueryAsync(db => db.InboxEvents.CountAsync(e => e.Status == InboxStatus.Pending))); // both turns ran
        Assert.Single(inbox.Channel.Requests); // but only the first reply was tried
        Assert.Empty(inbox.Channel.Delivered);

        inbox.Time.Advance(TimeSpan.FromMinutes(1));
        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);
        await inbox.Relay.RelayAsync(null, CancellationToken.None);

        var owed = await inbox.QueryAsync(db => db.OutboundMessages.OrderBy(m => m.Id).Select(m => new { m.InboxEventId, m.Status }).ToListAsync());
        Assert.All(owed, m => Assert.Equal(InboxStatus.Sent, m.Status));
        DeliveredMenuThenTheDay(inbox.Channel);
        Assert.Equal(first, owed[0].InboxEventId);
    }

    /// <summary>A state store whose every read fails, as a database that lost the state table would.</summary>
    private sealed class UnreadableStateStore : IStateStore
    {
        public Task<IReadOnlyDictionary<string, StateEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the state cannot be read");

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StateWrite> writes, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the state cannot be written");
    }
}
