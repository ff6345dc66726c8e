using System.Collections.Concurrent;
using System.Diagnostics;
using CdsBot.Observability;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// Records every span of the host's ActivitySource that ends while it listens (every host in the process: a test
/// picks its own spans out by the ids it sent).
/// </summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ActivityListener _listener;

    public SpanRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Telemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Ended.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public ConcurrentQueue<Activity> Ended { get; } = new();

    /// <summary>Waits for the first ended span named <paramref name="name"/> carrying every one of <paramref name="tags"/>.</summary>
    public async Task<Activity> WaitForAsync(string name, params (string Key, object Value)[] tags)
    {
        Activity? found = null;
        await Eventually.HoldsAsync(
            () => (found = Ended.FirstOrDefault(s => s.OperationName == name && tags.All(t => Equals(s.GetTagItem(t.Key), t.Value)))) is not null,
            $"a '{name}' span with {string.Join(", ", tags.Select(t => $"{t.Key} = {t.Value}"))}");
        return found!;
    }

    public void Dispose() => _listener.Dispose();
}
