namespace CdsBot.Admin.Queue;

/// <summary>Close several queued questions (and the ones reading like each) at once.</summary>
public sealed record DismissQuestions(IReadOnlyList<long>? QuestionIds);
