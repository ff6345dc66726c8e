using CdsBot.Privacy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CdsBot.Tests.Privacy;

/// <summary>The console log masks what a citizen typed: in the message and in an exception's text.</summary>
public sealed class MaskedConsoleFormatterTests
{
    private static string Write(string message, Exception? exception = null, IExternalScopeProvider? scopes = null)
    {
        using var output = new StringWriter();
        var entry = new LogEntry<string>(LogLevel.Warning, "CdsBot.Inbox", new EventId(7), message, exception, (state, _) => state);
        new MaskedConsoleFormatter().Write(in entry, scopes, output);
        return output.ToString();
    }

    [Fact]
    public void The_scopes_are_written_on_their_own_line_with_their_ids_and_masked_too()
    {
        var scopes = new LoggerExternalScopeProvider();
        using var outer = scopes.Push("TraceId:4bf92f3577b34da6a3ce929d0e0e4736");
        using var inner = scopes.Push("Inbox event 42 on zalo, conversation 0912345678");

        var lines = Write("Outbound message 7 on zalo was not delivered", scopes: scopes).Split(Environment.NewLine);

        Assert.Equal("warn: CdsBot.Inbox[7]", lines[0]);
        Assert.StartsWith("      => TraceId:4bf92f3577b34da6a3ce929d0e0e4736 => Inbox event 42 on zalo, conversation ", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("345678", lines[1], StringComparison.Ordinal);
        Assert.Equal("      Outbound message 7 on zalo was not delivered", lines[2]);
    }

    [Fact]
    public void Phone_and_citizen_id_numbers_in_a_message_are_masked_and_the_rest_is_kept()
    {
        var line = Write("Could not read event from 0912 345 678 with CCCD 001203004567: payload too long");

        Assert.StartsWith("warn: CdsBot.Inbox[7]", line, StringComparison.Ordinal);
        Assert.Contains("payload too long", line, StringComparison.Ordinal);
        Assert.DoesNotContain("345 678", line, StringComparison.Ordinal);
        Assert.DoesNotContain("001203004567", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_carrying_an_e_mail_is_masked_too()
    {
        var line = Write("Turn failed", new InvalidOperationException("cannot parse 'nguyenvana@gmail.com'"));

        Assert.Contains("InvalidOperationException", line, StringComparison.Ordinal);
        Assert.DoesNotContain("nguyenvana@gmail.com", line, StringComparison.Ordinal);
    }
}
