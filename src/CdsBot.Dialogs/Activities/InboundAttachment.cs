namespace CdsBot.Dialogs.Activities;

/// <summary>One attachment of an inbound message.</summary>
/// <param name="Kind">What was sent.</param>
/// <param name="Url">Where the channel stores it, when it says.</param>
public sealed record InboundAttachment(AttachmentKind Kind, string? Url = null);
