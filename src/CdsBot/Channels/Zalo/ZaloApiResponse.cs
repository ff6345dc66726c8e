namespace CdsBot.Channels.Zalo;

/// <summary>Zalo's answer: {"error": 0, "message": "Success", "data": {"message_id": "..."}}; a non-zero error is a failure even with HTTP 200.</summary>
public sealed record ZaloApiResponse(int Error, string? Message, string? MessageId);
