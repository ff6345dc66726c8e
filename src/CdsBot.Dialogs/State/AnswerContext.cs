namespace CdsBot.Dialogs.State;

/// <summary>The item the bot last answered in a conversation, so a follow-up question ("ai ký?", "làm ở đâu?") can be read against it.</summary>
/// <param name="ItemId">The answered item.</param>
/// <param name="At">When it was answered.</param>
public sealed record AnswerContext(string ItemId, DateTimeOffset At);
