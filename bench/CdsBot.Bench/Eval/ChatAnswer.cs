namespace CdsBot.Bench.Eval;

/// <summary>What one <c>POST /api/chat</c> turn came back with, or why it failed.</summary>
/// <param name="Intent">trace.intent.</param>
/// <param name="ContentId">trace.contentId: the curated item answered, null when none was.</param>
/// <param name="HasContentId">Whether the response carried trace.contentId at all (null or not), as the scorer checks.</param>
/// <param name="Score">trace.score.</param>
/// <param name="Choices">The item ids offered as <c>FAQ:&lt;id&gt;</c> payloads (quick replies, buttons, list items), in order.</param>
/// <param name="Text">The texts of all replies, joined with a space.</param>
/// <param name="Error">Why the request failed; null when it did not.</param>
internal sealed record ChatAnswer(
    string? Intent, string? ContentId, bool HasContentId, double? Score, IReadOnlyList<string> Choices, string Text, double LatencyMs, string? Error)
{
    public bool Failed => Error is not null;

    public static ChatAnswer Failure(string error, double latencyMs) => new(null, null, false, null, [], "", latencyMs, error);
}
