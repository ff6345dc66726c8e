namespace CdsBot.Dialogs.Retrieval;

/// <summary>The confidence bands of FAQ answering (configuration section "Retrieval").</summary>
public sealed class RetrievalOptions
{
    /// <summary>At or above this confidence the best item is answered.</summary>
    public double AnswerThreshold { get; set; } = 0.6;

    /// <summary>At or above this (and below <see cref="AnswerThreshold"/>) the best items are offered as "did you mean".</summary>
    public double SuggestThreshold { get; set; } = 0.35;

    /// <summary>How many items a "did you mean" offers.</summary>
    public int MaxSuggestions { get; set; } = 3;
}
