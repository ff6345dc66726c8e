namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>A question the bot declined or was unsure about, for staff to review.</summary>
/// <param name="Channel">Where it was asked.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="UserId">Who asked.</param>
/// <param name="Text">The question as typed.</param>
/// <param name="Band">"declined" (no answer given) or "suggested" (the citizen was offered candidates).</param>
/// <param name="BestItemId">The best candidate, if any.</param>
/// <param name="BestScore">Its confidence, if any.</param>
/// <param name="TurnNumber">The turn; with the conversation it makes recording idempotent.</param>
public sealed record UnansweredQuestion(string Channel, string ConversationId, string UserId, string Text, string Band, string? BestItemId, double? BestScore, int TurnNumber);
