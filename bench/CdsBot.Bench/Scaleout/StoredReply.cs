namespace CdsBot.Bench.Scaleout;

/// <summary>An outbound row as the bench reads it back: the reply an event's turn owes, and what became of it.</summary>
/// <param name="NextAttemptMs">For a row claimed for sending, the claim's time plus the lease (Unix milliseconds).</param>
internal sealed record StoredReply(long Id, long EventId, string Channel, string RecipientId, string Status, int PartsSent, string? PlatformMessageId, long NextAttemptMs);
