namespace CdsBot.Storage;

/// <summary>A persisted conversation or user state document (see <see cref="CdsBot.Dialogs.State.StateKeys"/>).</summary>
public sealed class StateRecord
{
    public required string Key { get; set; }

    public required string Json { get; set; }

    /// <summary>Incremented by every write; the ETag of optimistic concurrency.</summary>
    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
