namespace CdsBot.Channels.WebChat;

/// <summary>
/// One message to the bot through <c>POST /api/chat</c>: text typed, or the payload of a pressed button. The page also
/// sends the pressed button's <paramref name="Label"/>, which the history shows in place of the payload.
/// </summary>
public sealed record ChatRequest(string? ConversationId, string? UserId, string? Text, string? Payload, string? Label = null);
