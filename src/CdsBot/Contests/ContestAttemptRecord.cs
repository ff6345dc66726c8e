namespace CdsBot.Contests;

/// <summary>
/// One citizen's attempt at one round: the questions drawn for it (in order), the position of the question now asked
/// and when it was shown, and the score so far. Unique per round and channel identity, so two hosts cannot both start one.
/// </summary>
public sealed class ContestAttemptRecord
{
    public long Id { get; set; }

    public long RoundId { get; set; }

    public required string Channel { get; set; }

    public required string UserId { get; set; }

    /// <summary>The bank's question ids drawn for this attempt, in the order asked.</summary>
    public List<long> Drawn { get; set; } = [];

    /// <summary>The position (in <see cref="Drawn"/>) of the question now asked; its count once finished.</summary>
    public int Position { get; set; }

    public DateTimeOffset ShownAt { get; set; }

    public int Correct { get; set; }

    /// <summary>Time taken over all answers, the first tie-breaker.</summary>
    public long ElapsedMilliseconds { get; set; }

    public long? Prediction { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? DisqualifiedReason { get; set; }

    /// <summary>The phone number the citizen gave for prizes, or null; shown to staff only in the results export.</summary>
    public string? ContactPhone { get; set; }

    /// <summary>When the citizen gave <see cref="ContactPhone"/>, consenting to its use for this contest's prizes.</summary>
    public DateTimeOffset? ContactConsentAt { get; set; }

    /// <summary>The version of the wording the citizen consented under ("contest-contact/1").</summary>
    public string? ContactConsentWording { get; set; }
}
