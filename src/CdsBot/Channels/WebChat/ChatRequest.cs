namespace CdsBot.Channels.WebChat;

/// <summary>One message to the bot through <c>POST /api/chat</c>: text typed, or the payload of a pressed button.</summary>
public sealed record ChatRequest(string? ConversationId, string? UserId, string? Text, string? Payload);
