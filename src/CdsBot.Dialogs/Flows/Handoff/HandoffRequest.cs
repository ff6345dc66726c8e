namespace CdsBot.Dialogs.Flows.Handoff;

/// <summary>A citizen's request to talk with staff.</summary>
/// <param name="Channel">The citizen's channel.</param>
/// <param name="ConversationId">The conversation staff will answer in.</param>
/// <param name="UserId">The citizen.</param>
/// <param name="Message">What the citizen needs, in their words.</param>
/// <param name="TurnNumber">The conversation turn that made the request; with the conversation it makes the request idempotent.</param>
public sealed record HandoffRequest(string Channel, string ConversationId, string UserId, string Message, int TurnNumber)
{
    /// <summary>A phone number the citizen gave for a call back (digits), or null.</summary>
    public string? Phone { get; init; }

    /// <summary>When the citizen gave <see cref="Phone"/> after being told its only use: the consent's record.</summary>
    public DateTimeOffset? PhoneConsentAt { get; init; }
}
