namespace CdsBot.Documents.Drafting;

/// <summary>What drafting from a document gave: pairs that passed the guard, pairs refused and why, passages the model failed on.</summary>
public sealed record FaqDrafts(IReadOnlyList<DraftedPair> Accepted, IReadOnlyList<RefusedPair> Refused, IReadOnlyList<DraftFailure> Failed);

/// <summary>A pair that keeps to its passage.</summary>
public sealed record DraftedPair(string PassageId, string Question, string Answer);

/// <summary>A pair the guard refused, with its reason for staff.</summary>
public sealed record RefusedPair(string PassageId, string Question, string Answer, string Reason);

/// <summary>A passage the model gave nothing usable for (no reply in time, an error, not the JSON asked for).</summary>
public sealed record DraftFailure(string PassageId, string Reason);
