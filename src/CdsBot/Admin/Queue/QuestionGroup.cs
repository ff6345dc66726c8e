namespace CdsBot.Admin.Queue;

/// <summary>Open unanswered or uncertain questions that read alike (the same words, with or without diacritics), with a count.</summary>
public sealed record QuestionGroup(string Text, int Count, IReadOnlyList<long> QuestionIds, string Band, string? BestItemId, double? BestScore, DateTimeOffset LastAskedAt);
