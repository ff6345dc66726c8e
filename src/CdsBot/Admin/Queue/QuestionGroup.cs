namespace CdsBot.Admin.Queue;

/// <summary>
/// Open unanswered or uncertain questions that read alike (the same words, with or without diacritics), with a count.
/// <paramref name="Cluster"/> numbers groups that share most of their words (shown together, most asked first);
/// <paramref name="Suggestions"/> are the items retrieval ranks for the question now, only those fitting it at least as
/// well as the bot needs to offer an item as a choice (none for a question about the weather).
/// </summary>
public sealed record QuestionGroup(string Text, int Count, IReadOnlyList<long> QuestionIds, string Band, int Cluster, IReadOnlyList<SuggestedItem> Suggestions, DateTimeOffset LastAskedAt);
