namespace CdsBot.Dialogs.State;

/// <summary>
/// Durable key/value storage for conversation and user state with optimistic concurrency:
/// every entry carries an ETag, and a write names the ETag it read.
/// </summary>
public interface IStateStore
{
    /// <summary>Reads the entries stored under <paramref name="keys"/>; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StateEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes all <paramref name="writes"/> atomically. Throws <see cref="StateConflictException"/>, writing
    /// nothing, when any entry changed since it was read (or was created, for an entry read as missing).
    /// </summary>
    /// <returns>The new ETag of each written key.</returns>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StateWrite> writes, CancellationToken cancellationToken);
}
