namespace CdsBot.Bench.Scaleout;

/// <summary>An inbox row as the bench reads it back; <paramref name="LeaseOwner"/> names the host that claimed it last.</summary>
internal sealed record StoredEvent(long Id, string Channel, string MessageId, string Status, int Attempts, string? LeaseOwner);
