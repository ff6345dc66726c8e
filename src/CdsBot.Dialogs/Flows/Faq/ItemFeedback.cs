namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>A citizen's "was this helpful?" answer about one item.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Helpful">Yes or no.</param>
/// <param name="Channel">Where.</param>
/// <param name="ConversationId">The conversation; one vote per conversation and item, the last one counts.</param>
/// <param name="UserId">Who.</param>
public sealed record ItemFeedback(string ItemId, bool Helpful, string Channel, string ConversationId, string UserId);
