using CdsBot.Dialogs.Privacy;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace CdsBot.Privacy;

/// <summary>
/// The console log's format ("info: Category[event]" and the message indented below, as the simple formatter writes
/// it, and its scopes on a line of their own: trace id, inbox event and conversation ids) with phone, citizen ID, e-mail
/// and bank account numbers masked in the message, the scopes and any exception: what a citizen typed must not reach
/// the logs in clear.
/// </summary>
public sealed class MaskedConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "masked";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(": ");
        textWriter.Write(logEntry.Category);
        textWriter.Write('[');
        textWriter.Write(logEntry.EventId.Id);
        textWriter.WriteLine(']');
        WriteScopes(scopeProvider, textWriter);
        if (!string.IsNullOrEmpty(message))
        {
            textWriter.Write("      ");
            textWriter.WriteLine(PiiMask.Mask(message)!.ReplaceLineEndings(Environment.NewLine + "      "));
        }

        if (logEntry.Exception is { } exception)
        {
            textWriter.WriteLine(PiiMask.Mask(exception.ToString()));
        }
    }

    /// <summary>The scopes (trace id, inbox event and conversation ids…) on one line, "      => a => b", as the simple formatter writes them.</summary>
    private static void WriteScopes(IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var line = new System.Text.StringBuilder();
        scopeProvider?.ForEachScope((scope, builder) => builder.Append(" => ").Append(scope), line);
        if (line.Length > 0)
        {
            textWriter.Write("     ");
            textWriter.WriteLine(PiiMask.Mask(line.ToString()));
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
