using CdsBot.Dialogs.Documents;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>One passage found for a question.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Fit">How well question and passage fit, 0 to 1: the share of the question's informative (IDF) weight
/// the passage covers, its heading path included (its document's number, title and locality count for less). An
/// unrelated question fits little.</param>
/// <param name="Rank">The ranking score (BM25 with the document and locality preferences); comparable within one search only.</param>
public sealed record PassageCandidate(Passage Passage, double Fit, double Rank);
