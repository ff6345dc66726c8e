namespace CdsBot.Admin.TryIt;

/// <summary>A question to try; with IncludeDrafts, drafts are answered as if published (nothing is published).</summary>
public sealed record TryItRequest(string? Question, bool IncludeDrafts);
