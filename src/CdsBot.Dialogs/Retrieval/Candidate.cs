using CdsBot.Dialogs.Content;

namespace CdsBot.Dialogs.Retrieval;

/// <summary>One item found for a question.</summary>
/// <param name="Item">The item.</param>
/// <param name="Confidence">The estimated probability that this item is the answer to the question, 0 to 1 (<see cref="AnswerConfidence"/>).</param>
/// <param name="Rank">The ranking score (BM25 with boosts); comparable within one search only.</param>
public sealed record Candidate(FaqItem Item, double Confidence, double Rank)
{
    /// <summary>What the confidence was read from.</summary>
    public AnswerEvidence Evidence { get; init; } = AnswerEvidence.None;

    /// <summary>How well the item and the question fit each other, 0 to 1 (<see cref="AnswerEvidence.Fit"/>).</summary>
    public double Fit => Evidence.Fit;

    /// <summary>
    /// How surely the question is about this item at all, with no allowance for chatter (<see cref="AnswerEvidence.Scope"/>):
    /// what an item must reach to be offered as a choice.
    /// </summary>
    public double ScopeFit => Evidence.Scope ?? Evidence.Fit;

    /// <summary>
    /// Whether the question names a year the item's phrasings do not, while they name others ("đến năm 2030" of a target
    /// for 2025): the item is not what was asked, however alike the rest.
    /// </summary>
    public bool OfOtherYears { get; init; }

    /// <summary>
    /// <see cref="OfOtherYears"/> for an item outside a yearly series, which is therefore not the answer (one of a series
    /// answers for the year asked, or says plainly that year has none: SeriesAnswer).
    /// </summary>
    public bool OfYearsNotAsked => OfOtherYears && Item.Series is null;

    /// <summary>
    /// Whether the question names a place and the item is of another ("Quảng Ninh có ngày chủ nhật số không" of Thái
    /// Bình's): however alike the rest, it is not what was asked of that place.
    /// </summary>
    public bool OfOtherPlace { get; init; }
}
