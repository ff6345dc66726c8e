using System.Diagnostics;

namespace CdsBot.Observability;

/// <summary>
/// The names the host's own traces and metrics go under, and the tags that tie a webhook's event to its turn and its
/// replies. Tags carry ids only, never what a citizen wrote or was answered.
/// </summary>
public static class Telemetry
{
    /// <summary>The host's ActivitySource and Meter name.</summary>
    public const string Name = "CdsBot";

    /// <summary>Meters exported: the host's and the conversation core's (retrieval latency).</summary>
    public static readonly string[] MeterNames = [Name, Dialogs.Retrieval.RetrievalMetrics.MeterName];

    public static readonly ActivitySource Source = new(Name);

    public const string ChannelTag = "cdsbot.channel";
    public const string ConversationTag = "cdsbot.conversation.id";
    public const string EventTag = "cdsbot.inbox.event_id";
    public const string OutboundTag = "cdsbot.outbound.id";
    public const string RecipientTag = "cdsbot.recipient.id";

    /// <summary>
    /// The W3C trace parent of the span running now ("00-trace-span-flags"), to be stored with a row so the worker that
    /// picks the row up continues the same trace; null when nothing is traced.
    /// </summary>
    public static string? CurrentTraceParent => Activity.Current?.Id is { } id && Activity.Current.IdFormat == ActivityIdFormat.W3C ? id : null;

    /// <summary>Starts a span continuing the trace stored as <paramref name="traceParent"/> (the current one when none was stored).</summary>
    public static Activity? StartFrom(string name, ActivityKind kind, string? traceParent) =>
        ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity(name, kind, parent)
            : Source.StartActivity(name, kind);
}
