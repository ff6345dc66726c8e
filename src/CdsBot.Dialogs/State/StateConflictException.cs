namespace CdsBot.Dialogs.State;

/// <summary>
/// A state write lost a race: another turn changed the entry since it was read. Re-read and run the turn again.
/// </summary>
public sealed class StateConflictException(string key)
    : Exception($"State '{key}' was changed by another turn after it was read; re-read it and run the turn again.")
{
    /// <summary>The key whose ETag did not match.</summary>
    public string Key { get; } = key;
}
