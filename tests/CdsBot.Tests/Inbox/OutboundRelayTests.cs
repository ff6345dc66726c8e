using CdsBot.Inbox;
using CdsBot.Tests.Fixtures;
using Microsoft.Extensions.Logging;

namespace CdsBot.Tests.Inbox;

/// <summary>
/// The relay on its own, against a real database and a stand-in channel: replies owed go out once each, in the order
/// they were owed per citizen, and a reply whose send was cut off by a crash is never sent a second time.
/// </summary>
public sealed class OutboundRelayTests
{
    [Fact]
    public async Task A_reply_owed_is_sent_once_and_marked_sent_with_the_platforms_id()
    {
        await using var outbox = await OutboxDatabase.CreateAsync();
        var channel = new OutboundStandIn("zalo");
        var id = await outbox.OweAsync("zalo", "citizen-1", "Xin chào Anh/Chị!", eventId: 1);

        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);
        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);

        Assert.Equal([new("citizen-1", "Xin chào Anh/Chị!", 0)], channel.Requests);
        var row = await outbox.RowAsync(id);
        Assert.Equal((InboxStatus.Sent, "zalo-1", 1), (row.Status, row.PlatformMessageId, row.Attempts));
    }

    [Fact]
    public async Task A_later_reply_to_the_same_citizen_waits_while_an_earlier_one_backs_off_then_both_go_out_in_order()
    {
        await using var outbox = await OutboxDatabase.CreateAsync();
        var channel = new OutboundStandIn("zalo");
        await outbox.OweAsync("zalo", "citizen-1", "turn 1", eventId: 1);
        var later = await outbox.OweAsync("zalo", "citizen-1", "turn 2", eventId: 2);
        channel.Answer(SendOutcome.Transient("HTTP 503"));

        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);

        Assert.Equal(["turn 1"], channel.Requests.Select(r => r.Text));
        Assert.Equal((InboxStatus.Pending, 0), ((await outbox.RowAsync(later)).Status, (await outbox.RowAsync(later)).Attempts));

        outbox.Time.Advance(TimeSpan.FromMinutes(1));
        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);

        Assert.Equal(["turn 1", "turn 2"], channel.Delivered.Select(r => r.Text));
    }

    [Fact]
    public async Task Asked_for_one_events_replies_the_relay_still_sends_nothing_ahead_of_that_citizens_earlier_reply()
    {
        await using var outbox = await OutboxDatabase.CreateAsync();
        var channel = new OutboundStandIn("zalo");
        await outbox.OweAsync("zalo", "citizen-1", "turn 1", eventId: 1);
        channel.Answer(SendOutcome.Transient("HTTP 503"));
        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);
        await outbox.OweAsync("zalo", "citizen-1", "turn 2", eventId: 2);

        await outbox.Relay(channel).RelayAsync(2, CancellationToken.None);

        Assert.Equal(["turn 1"], channel.Requests.Select(r => r.Text));
        outbox.Time.Advance(TimeSpan.FromMinutes(1));
        await outbox.Relay(channel).RelayAsync(2, CancellationToken.None);
        Assert.Equal(["turn 1", "turn 2"], channel.Delivered.Select(r => r.Text));
    }

    [Fact]
    public async Task Staff_replies_keep_their_order_after_a_temporary_failure()
    {
        await using var outbox = await OutboxDatabase.CreateAsync();
        var channel = new OutboundStandIn("messenger");
        await outbox.OweAsync("messenger", "psid-1", "Chào chị, chị cho em xin số giấy chứng sinh.", eventId: -10);
        await outbox.OweAsync("messenger", "psid-1", "Cán bộ đã kết thúc trao đổi.", eventId: -11);
        channel.Answer(SendOutcome.Throttled("Graph error 613"));

        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);
        outbox.Time.Advance(TimeSpan.FromMinutes(1));
        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);

        Assert.Equal(["Chào chị, chị cho em xin số giấy chứng sinh.", "Chào chị, chị cho em xin số giấy chứng sinh.", "Cán bộ đã kết thúc trao đổi."], channel.Requests.Select(r => r.Text));
        Assert.Equal(["Chào chị, chị cho em xin số giấy chứng sinh.", "Cán bộ đã kết thúc trao đổi."], channel.Delivered.Select(r => r.Text));
    }

    [Fact]
    public async Task Staff_replies_go_out_in_the_order_they_were_written()
    {
        await using var outbox = await OutboxDatabase.CreateAsync();
        var channel = new OutboundStandIn("zalo");
        await outbox.OweAsync("zalo", "citizen-1", "first", eventId: -20);
        await outbox.OweAsync("zalo", "citizen-1", "second", eventId: -21);

        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);

        Assert.Equal(["first", "second"], channel.Delivered.Select(r => r.Text));
    }

    [Fact]
    public async Task A_bot_reply_backing_off_holds_back_a_staff_reply_written_after_it()
    {
        await using var outbox = await OutboxDatabase.CreateAsync();
        var channel = new OutboundStandIn("zalo");
        await outbox.OweAsync("zalo", "citizen-1", "Anh/Chị chờ cán bộ trả lời nhé.", eventId: 7);
        await outbox.OweAsync("zalo", "citizen-1", "Chào anh, em là cán bộ Sở.", eventId: -1);
        channel.Answer(SendOutcome.Transient("timeout"));

        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);
        outbox.Time.Advance(TimeSpan.FromMinutes(1));
        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);

        Assert.Equal(["Anh/Chị chờ cán bộ trả lời nhé.", "Anh/Chị chờ cán bộ trả lời nhé.", "Chào anh, em là cán bộ Sở."], channel.Requests.Select(r => r.Text));
    }

    [Fact]
    public async Task Another_citizens_reply_is_not_held_back_by_a_failing_one()
    {
        await using var outbox = await OutboxDatabase.CreateAsync();
        var channel = new OutboundStandIn("zalo");
        await outbox.OweAsync("zalo", "citizen-1", "to citizen 1", eventId: 1);
        await outbox.OweAsync("zalo", "citizen-2", "to citizen 2", eventId: 2);
        channel.Answer(SendOutcome.Transient("HTTP 503"));

        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);

        Assert.Equal(["to citizen 2"], channel.Delivered.Select(r => r.Text));
    }

    [Fact]
    public async Task A_reply_refused_for_good_is_recorded_failed_and_the_next_one_follows()
    {
        await using var outbox = await OutboxDatabase.CreateAsync();
        var channel = new OutboundStandIn("zalo");
        var refused = await outbox.OweAsync("zalo", "citizen-1", "turn 1", eventId: 1);
        await outbox.OweAsync("zalo", "citizen-1", "turn 2", eventId: 2);
        channel.Answer(SendOutcome.Permanent("Zalo error -201: invalid parameter"));

        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);

        Assert.Equal(["turn 2"], channel.Delivered.Select(r => r.Text));
        var row = await outbox.RowAsync(refused);
        Assert.Equal((InboxStatus.Failed, "Zalo error -201: invalid parameter"), (row.Status, row.Error));
    }

    [Fact]
    public async Task A_reply_whose_retries_run_out_is_failed_and_unblocks_the_citizens_next_reply()
    {
        await using var outbox = await OutboxDatabase.CreateAsync();
        outbox.Options.MaxSendAttempts = 2;
        var channel = new OutboundStandIn("zalo");
        var failing = await outbox.OweAsync("zalo", "citizen-1", "turn 1", eventId: 1);
        await outbox.OweAsync("zalo", "citizen-1", "turn 2", eventId: 2);
        channel.Answer(SendOutcome.Transient("HTTP 503"));
        channel.Answer(SendOutcome.Transient("HTTP 503"));

        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);
        outbox.Time.Advance(TimeSpan.FromMinutes(1));
        await outbox.Relay(channel).RelayAsync(null, CancellationToken.None);

        Assert.Equal(InboxStatus.Failed, (await outbox.RowAsync(failing)).Status);
        Assert.Equal(["turn 2"], channel.Delivered.Select(r => r.Text));
    }

    [Fact]
    public async Task A_reply_is_marked_sending_before_the_platform_call()
    {
        await using var outbox = await OutboxDatabase.CreateAsync();
        var channel = new OutboundStandIn("zalo");
        channel.HoldCalls();
        var id = await outbox.OweAsync("zalo", "citizen-1", "turn 1", eventId: 1);

        var sending = outbox.Relay(channel).RelayAsync(null, CancellationToken.None);
        await Eventually.HoldsAsync(() => channel.Requests.Count == 1, "the platform call is in flight");

        Assert.Equal(InboxStatus.Sending, (await outbox.RowAsync(id)).Status);
        channel.Release();
        await sending;
        Assert.Equal(InboxStatus.Sent, (await outbox.RowAsync(id)).Status);
    }

    [Fact]
    public async Task A_reply_in_flight_when_its_host_died_is_marked_unknown_after_the_lease_logged_and_never_sent_again()
    {
        await using var outbox = await OutboxDatabase.CreateAsync();
        var dying = new OutboundStandIn("zalo");
        dying.HoldCalls();
        var inDoubt = await outbox.OweAsync("zalo", "citizen-1", "turn 1", eventId: 1);
        await outbox.OweAsync("zalo", "citizen-1", "turn 2", eventId: 2);
        var cutOff = outbox.Relay(dying).RelayAsync(null, CancellationToken.None);
        await Eventually.HoldsAsync(() => dying.Requests.Count == 1, "the first instance's platform call is in flight");

        var survivor = new OutboundStandIn("zalo");
        var log = new RecordingLogger<OutboundRelay>();
        await outbox.Relay(survivor, log).RelayAsync(null, CancellationToken.None);
        Assert.Empty(survivor.Requests); // within the lease the call may still finish: nothing of that citizen's moves

        outbox.Time.Advance(TimeSpan.FromSeconds(outbox.Options.LeaseSeconds + 1));
        await outbox.Relay(survivor, log).RelayAsync(null, CancellationToken.None);

        Assert.Equal(["turn 2"], survivor.Requests.Select(r => r.Text));
        var row = await outbox.RowAsync(inDoubt);
        Assert.Equal(InboxStatus.Unknown, row.Status);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"{inDoubt}", StringComparison.Ordinal));
        dying.Release();
        await cutOff;
    }
}
