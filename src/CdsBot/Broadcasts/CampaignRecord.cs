namespace CdsBot.Broadcasts;

/// <summary>
/// A broadcast: its message, its audience, when it runs and until when a deferred copy may still be delivered.
/// Runs only after a publisher other than its author approved it; any edit sends it back to draft.
/// </summary>
public sealed class CampaignRecord
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public string Status { get; set; } = CampaignStatus.Draft;

    /// <summary>The message (Vietnamese, NFC).</summary>
    public required string Text { get; set; }

    /// <summary>A link shown as a button; citizens get it through a tracked redirect.</summary>
    public string? LinkUrl { get; set; }

    public string? LinkTitle { get; set; }

    public string? ImageUrl { get; set; }

    /// <summary>Whether the message carries a "Tham gia" button that opens the contest round open when it is pressed.</summary>
    public bool JoinContest { get; set; }

    /// <summary>Topics the audience subscribed to (a subscriber of "all topics" matches any); empty = every subscriber.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>Locality ids the audience chose (a subscriber of "everywhere" matches any); empty = everywhere.</summary>
    public List<string> Localities { get; set; } = [];

    /// <summary>Channels to reach ("zalo", "messenger", "webchat"); empty = all of them.</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary>
    /// Accounts that send (Zalo OA ids, Messenger Page ids, as <see cref="BroadcastAccount.Id"/>); empty = all of them.
    /// A channel with accounts reaches only the citizens of those listed; web chat has none and is not limited.
    /// </summary>
    public List<string> Accounts { get; set; } = [];

    /// <summary>Only citizens who wrote within this many days (null = no lower bound on activity).</summary>
    public int? ActiveWithinDays { get; set; }

    /// <summary>Only citizens silent for at least this many days (null = no bound).</summary>
    public int? InactiveForDays { get; set; }

    public DateTimeOffset ScheduledAt { get; set; }

    /// <summary>After this, deferred copies are no longer delivered.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>The author and everyone who edited the campaign since; none of them may approve it.</summary>
    public List<string> Writers { get; set; } = [];

    public void WrittenBy(string writer)
    {
        if (!Writers.Contains(writer, StringComparer.OrdinalIgnoreCase))
        {
            Writers.Add(writer);
        }
    }

    public bool WasWrittenBy(string user) =>
        string.Equals(CreatedBy, user, StringComparison.OrdinalIgnoreCase) || Writers.Contains(user, StringComparer.OrdinalIgnoreCase);

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Recipients written to the ledger when the campaign started.</summary>
    public int Targeted { get; set; }
}
