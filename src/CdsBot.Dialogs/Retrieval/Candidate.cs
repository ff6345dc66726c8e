using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>One item found for a question.</summary>
/// <param name="Item">The item.</param>
/// <param name="Confidence">How much of the question's informative words the item covers, 0 to 1.</param>
/// <param name="Rank">The ranking score (BM25 with boosts); comparable within one search only.</param>
public sealed record Candidate(FaqItem Item, double Confidence, double Rank);
