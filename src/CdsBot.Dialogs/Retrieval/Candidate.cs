using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>One item found for a question.</summary>
/// <param name="Item">The item.</param>
/// <param name="Confidence">How sure the index is that this item answers the question, 0 to 1.</param>
/// <param name="Rank">The ranking score (BM25 with boosts); comparable within one search only.</param>
public sealed record Candidate(FaqItem Item, double Confidence, double Rank)
{
    /// <summary>The share of the question's informative words the item covers, 0 to 1.</summary>
    public double Coverage { get; init; }

    /// <summary>For the best candidate, by how much its rank leads the runner-up's, as a share of its own (0 to 1); 0 for the others.</summary>
    public double Lead { get; init; }

    /// <summary>For the best candidate, how much more of the question it answers than the runner-up, as a share of the question (-1 to 1); 0 for the others.</summary>
    public double Margin { get; init; }
}
