using CdsBot.Dialogs.State;

namespace CdsBot.Dialogs.Engine;

/// <summary>
/// Saves a finished turn. The default saves the state only; a durable inbox saves the state together with the
/// replies to send and the event's completion, in one transaction, so a turn is committed exactly once.
/// Throws <see cref="StateConflictException"/> when the state changed since it was read.
/// </summary>
public interface ITurnCommit
{
    /// <summary>Saves <paramref name="writes"/> and whatever else belongs to the turn, atomically.</summary>
    Task CommitAsync(IReadOnlyCollection<StateWrite> writes, TurnOutcome outcome, CancellationToken cancellationToken);
}
