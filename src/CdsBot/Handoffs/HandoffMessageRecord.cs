namespace CdsBot.Handoffs;

/// <summary>One message of a hand-off thread: from the citizen, or a staff reply.</summary>
public sealed class HandoffMessageRecord
{
    public long Id { get; set; }

    public long HandoffId { get; set; }

    /// <summary>"citizen" or "staff".</summary>
    public required string From { get; set; }

    public string? StaffName { get; set; }

    public required string Text { get; set; }

    /// <summary>For citizen messages, the conversation turn (makes appending idempotent).</summary>
    public int? TurnNumber { get; set; }

    public DateTimeOffset At { get; set; }
}
