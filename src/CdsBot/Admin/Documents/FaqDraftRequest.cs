namespace CdsBot.Admin.Documents;

/// <summary>
/// Which passages of a document to draft question–answer pairs from (all, up to Llm:DraftMaxPassages, when none are
/// named), and the topic the drafts go under (by default the topic most items citing the document have).
/// </summary>
public sealed record FaqDraftRequest(IReadOnlyList<string>? PassageIds, string? Topic);
