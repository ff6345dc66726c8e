namespace CdsBot.Dialogs.Activities;

/// <summary>
/// One event from a citizen, turned channel-neutral by the channel adapter that received it.
/// </summary>
public sealed record InboundActivity
{
    /// <summary>The channel's short name, e.g. "zalo", "messenger", "webchat".</summary>
    public required string Channel { get; init; }

    /// <summary>The citizen's id on that channel.</summary>
    public required string UserId { get; init; }

    /// <summary>The conversation's id on that channel (for one-to-one channels often the user id).</summary>
    public required string ConversationId { get; init; }

    /// <summary>The channel's id of this message or event, used to deduplicate redeliveries.</summary>
    public string? MessageId { get; init; }

    /// <summary>When the channel says the event happened.</summary>
    public DateTimeOffset Timestamp { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>What kind of event this is.</summary>
    public ActivityKind Kind { get; init; } = ActivityKind.Message;

    /// <summary>The text the citizen typed, if any.</summary>
    public string? Text { get; init; }

    /// <summary>The payload of a pressed button or quick reply, if any; routed before <see cref="Text"/>.</summary>
    public string? Payload { get; init; }

    /// <summary>Media the citizen sent.</summary>
    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];

    /// <summary>The citizen's display name, when the channel provides it.</summary>
    public string? UserName { get; init; }

    /// <summary>What the account the citizen wrote to answers from: its default locality and topics.</summary>
    public ContentScope Scope { get; init; } = ContentScope.All;

    /// <summary>True when the message carries media and no text or payload.</summary>
    public bool IsMediaOnly =>
        Kind == ActivityKind.Message && Attachments.Count > 0
        && string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Payload);
}
