using CdsBot.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CdsBot.Tests.Observability;

/// <summary>What the worker logs while it handles an event names the event and the conversation, never what was written.</summary>
public sealed class LogScopesTests
{
    [Fact]
    public async Task Lines_logged_while_an_event_is_handled_carry_its_ids_and_never_the_message_text()
    {
        var logs = new ScopedLogRecorder();
        await using var bot = ZaloBot.Start(services: logs.Register, settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" });
        var secret = "bimat" + Guid.NewGuid().ToString("N")[..8];
        // Refused for good, so the relay logs a warning while the event's turn is being handled.
        bot.StandIn.FailNextWithError(-213, "User has not followed OA");

        await bot.Events.PostSignedAsync(bot.Events.Text("logs-1", $"mật khẩu của tôi là {secret} có an toàn không"));

        await Eventually.HoldsAsync(() => bot.StandIn.Attempts.Count == 1, "the refused send");
        await Eventually.DrainedAsync(bot.Host.Services);
        var eventId = await bot.QueryAsync(db => db.InboxEvents.Where(e => e.ConversationId == "logs-1").Select(e => e.Id).SingleAsync());
        var refused = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("was not delivered", StringComparison.Ordinal));
        Assert.Equal(eventId, refused.ScopeValues["InboxEventId"]);
        Assert.Equal("logs-1", refused.ScopeValues["ConversationId"]);
        Assert.Equal("zalo", refused.ScopeValues["Channel"]);
        Assert.DoesNotContain(logs.Entries, e => e.AllText.Contains(secret, StringComparison.Ordinal));
    }
}
