namespace CdsBot.Handoffs;

/// <summary>A citizen's request for staff, waiting in the hand-off inbox.</summary>
public sealed class HandoffRecord
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ConversationId { get; set; }

    public required string UserId { get; set; }

    public required string Message { get; set; }

    /// <summary>The conversation turn that filed it; unique per conversation, which makes filing idempotent.</summary>
    public int TurnNumber { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>A phone number the citizen gave for a call back (asked on the web only), or null.</summary>
    public string? Phone { get; set; }

    /// <summary>When the citizen gave <see cref="Phone"/>, having been told it is used only to contact them about this request.</summary>
    public DateTimeOffset? PhoneConsentAt { get; set; }

    /// <summary>The version of the wording the phone number was given under (the privacy notice's), with <see cref="PhoneConsentAt"/>.</summary>
    public string? PhoneConsentWording { get; set; }

    /// <summary>
    /// The staff member who took the request ("Nhận xử lý"), or null while nobody has. Only they see the citizen's
    /// phone numbers, ID numbers and other personal data in the request and its thread; everyone else sees them masked.
    /// </summary>
    public string? AssignedTo { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The staff member who closed it, or "citizen" when the citizen went back to the bot.</summary>
    public string? ClosedBy { get; set; }
}
