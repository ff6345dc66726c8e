namespace CdsBot.Dialogs.Retrieval;

/// <summary>
/// What the lexical model says about one candidate against its strongest rival, from which
/// <see cref="AnswerConfidence"/> estimates the chance that it is the answer.
/// </summary>
/// <param name="Fit">How well question and item fit: the share of the question's informative weight the item covers, combined with the share of the item's best phrasing the question covers (0 to 1).</param>
/// <param name="RivalFit">The same for the rival.</param>
/// <param name="Coverage">The share of the question's informative weight the item covers (0 to 1).</param>
/// <param name="Margin">What the question says for this item and not for the rival, less the reverse, as a share of the question (-1 to 1).</param>
/// <param name="Lead">The rank's lead over the rival's, as a share of the larger (-1 to 1).</param>
/// <param name="Rank">The BM25 ranking score.</param>
public sealed record AnswerEvidence(double Fit, double RivalFit, double Coverage, double Margin, double Lead, double Rank)
{
    /// <summary>
    /// The fit with every word the content never uses counted fully, as a word no item uses (no allowance for chatter):
    /// how surely the question is about what the store holds at all; null when not worked out (then <see cref="Fit"/>).
    /// </summary>
    public double? Scope { get; init; }

    /// <summary>How many content words the question has: a long message (a citizen's story around the question) is covered less of itself by the right item.</summary>
    public int Words { get; init; }

    /// <summary>No evidence at all.</summary>
    public static AnswerEvidence None { get; } = new(0, 0, 0, 0, 0, 0);
}
