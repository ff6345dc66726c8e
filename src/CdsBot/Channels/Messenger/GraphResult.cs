namespace CdsBot.Channels.Messenger;

/// <summary>
/// A Send API answer: {"recipient_id", "message_id"} on success, {"error": {"code", "error_subcode", "message"}} on
/// failure, with the back-off Meta asks for in its rate-limit headers, if any.
/// </summary>
public sealed record GraphResult(string? MessageId, int Code, int Subcode, string? Message, TimeSpan? RetryAfter)
{
    public bool Succeeded => Code == 0;
}
