using CdsBot.Inbox;
using CdsBot.Observability;
using CdsBot.Tests.Fixtures;

namespace CdsBot.Tests.Observability;

/// <summary>
/// A citizen's message is one trace: the webhook storing it, the worker running its turn, the reply's send. Spans are
/// picked out by the citizen's id: other tests' hosts number their inbox events from 1 too.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_zalo_message_is_one_trace_from_the_webhook_through_the_turn_to_the_send()
    {
        using var spans = new SpanRecorder();
        await using var bot = ZaloBot.Start();
        var citizen = "trace-" + Guid.NewGuid().ToString("N");

        await bot.Events.PostSignedAsync(bot.Events.Text(citizen, "menu"));

        var enqueue = await spans.WaitForAsync("inbox.enqueue", (Telemetry.ConversationTag, citizen));
        var eventId = Assert.IsType<long>(enqueue.GetTagItem(Telemetry.EventTag));
        var process = await spans.WaitForAsync("inbox.process", (Telemetry.ConversationTag, citizen));
        var turn = await spans.WaitForAsync("turn", (Telemetry.ConversationTag, citizen));
        var send = await spans.WaitForAsync("outbound.send", (Telemetry.RecipientTag, citizen));
        Assert.Equal(enqueue.SpanId, process.ParentSpanId);
        Assert.Equal(process.SpanId, turn.ParentSpanId);
        Assert.Equal(turn.SpanId, send.ParentSpanId);
        Assert.All([process, turn, send], span => Assert.Equal(enqueue.TraceId, span.TraceId));
        Assert.All([process, turn, send], span => Assert.Equal(eventId, span.GetTagItem(Telemetry.EventTag)));
        Assert.Equal("zalo", turn.GetTagItem(Telemetry.ChannelTag));
        Assert.Equal("menu", turn.GetTagItem("cdsbot.turn.intent"));
        Assert.Equal(true, send.GetTagItem("cdsbot.outbound.delivered"));
    }

    [Fact]
    public async Task A_reply_sent_again_later_stays_in_the_trace_of_the_turn_that_wrote_it()
    {
        using var spans = new SpanRecorder();
        await using var inbox = InboxHost.Start();
        var citizen = "trace-retry-" + Guid.NewGuid().ToString("N");
        inbox.Channel.Answer(SendOutcome.Transient("platform unavailable"));
        await inbox.ReceiveTextAsync(citizen, "menu");
        await inbox.Processor.ProcessPendingAsync(CancellationToken.None);

        // The retry runs from the relay's own round, outside any span: only the trace parent stored with the reply links it.
        inbox.Time.Advance(TimeSpan.FromMinutes(1));
        await inbox.Relay.RelayAsync(null, CancellationToken.None);

        var turn = await spans.WaitForAsync("turn", (Telemetry.ConversationTag, citizen));
        var sends = spans.Ended.Where(s => s.OperationName == "outbound.send" && Equals(s.GetTagItem(Telemetry.RecipientTag), citizen)).ToList();
        Assert.Equal([false, true], sends.Select(s => s.GetTagItem("cdsbot.outbound.delivered")));
        Assert.All(sends, send => Assert.Equal((turn.TraceId, turn.SpanId), (send.TraceId, send.ParentSpanId)));
    }
}
