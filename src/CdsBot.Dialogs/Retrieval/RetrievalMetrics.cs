using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// How long retrieval takes, per index ("faq", "passages"). The core has no host to hand it a meter factory, so the
/// meter is static; recording costs nothing while nobody listens.
/// </summary>
public static class RetrievalMetrics
{
    /// <summary>The meter's name, for the host to export.</summary>
    public const string MeterName = "CdsBot.Dialogs";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "cdsbot.retrieval.duration", "ms", "Time to rank the candidates for one question.");

    /// <summary>Records a search on <paramref name="index"/> started at <paramref name="startedTimestamp"/> (<see cref="Stopwatch.GetTimestamp()"/>).</summary>
    public static void Searched(string index, long startedTimestamp)
    {
        if (Duration.Enabled)
        {
            Duration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds, new KeyValuePair<string, object?>("index", index));
        }
    }
}
