namespace CdsBot.Dialogs.State;

/// <summary>
/// A process-local <see cref="IStateStore"/> with the same concurrency contract as the durable one;
/// for dialog tests and tools, not for a host (its state dies with the process).
/// </summary>
public sealed class MemoryStateStore : IStateStore
{
    private readonly Dictionary<string, StateEntry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StateEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var found = keys.Where(_entries.ContainsKey).ToDictionary(k => k, k => _entries[k]);
            return Task.FromResult<IReadOnlyDictionary<string, StateEntry>>(found);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StateWrite> writes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var write in writes)
            {
                var current = _entries.GetValueOrDefault(write.Key)?.ETag;
                if (current != write.ExpectedETag)
                {
                    throw new StateConflictException(write.Key);
                }
            }

            var etags = new Dictionary<string, string>();
            foreach (var write in writes)
            {
                var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _entries[write.Key] = new StateEntry(write.Json, etag);
                etags[write.Key] = etag;
            }

            return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
        }
    }
}
