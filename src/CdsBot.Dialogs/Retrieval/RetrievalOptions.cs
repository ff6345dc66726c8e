namespace CdsBot.Dialogs.Retrieval;

/// <summary>The confidence bands of FAQ answering (configuration section "Retrieval").</summary>
public sealed class RetrievalOptions
{
    /// <summary>At or above this confidence (the estimated chance of being right, <see cref="AnswerConfidence"/>) the best item is answered.</summary>
    public double AnswerThreshold { get; set; } = 0.75;

    /// <summary>Below this confidence an answer also offers the runners-up as buttons, in case the question meant one of them.</summary>
    public double SureThreshold { get; set; } = 0.99;

    /// <summary>
    /// An item is answered only when it fits the question at least this well (<see cref="Candidate.Fit"/>), however
    /// confident the estimate. A citizen's long message fits its item loosely (its story is not the item's words) while
    /// leading clearly: on the repository's sets 0.40 answers four more such messages rightly than 0.45 and none wrongly
    /// (0.35 also answered off-topic questions naming a province, "giá lúa hôm nay ở Trà Vinh"). The item must also fit at
    /// least <see cref="SuggestThreshold"/> with no allowance for chatter (<see cref="Candidate.ScopeFit"/>).
    /// </summary>
    public double MinimumFit { get; set; } = 0.40;

    /// <summary>Below the answer threshold, items that fit the question at least this well, with no allowance for chatter (<see cref="Candidate.ScopeFit"/>), are offered as choices.</summary>
    public double SuggestThreshold { get; set; } = 0.3;

    /// <summary>Below the answer threshold, when the runners-up rank within this share of the best, the bot asks which one is meant ("faq_clarify").</summary>
    public double ClarifyWithin { get; set; } = 0.6;

    /// <summary>A passage of a document fitting the question at least this well (<see cref="PassageCandidate.Fit"/>) may be quoted when no item answers (intent "document").</summary>
    public double PassageThreshold { get; set; } = 0.6;

    /// <summary>Where an item would be answered, a passage must fit at least this well (and say clearly more of what is asked) to be quoted instead.</summary>
    public double PassageOverItemThreshold { get; set; } = 0.65;

    /// <summary>
    /// The same, when the question names the passage's own province or document (with a smaller lead over the item's
    /// answer); also how well such a passage must fit to be quoted when no item answers, or beside an item's answer.
    /// </summary>
    public double PassageNamedThreshold { get; set; } = 0.45;

    /// <summary>
    /// Beside an item that is answered, a passage fitting at least this well is quoted after the answer when it holds
    /// words of the question the item's answer does not (the detail asked of a plan the item only summarizes).
    /// </summary>
    public double PassageBesideThreshold { get; set; } = 0.55;

    /// <summary>How long the last answer gives context to a follow-up question, in minutes of quiet.</summary>
    public double ContextMinutes { get; set; } = 10;

    /// <summary>How many items a "did you mean" offers.</summary>
    public int MaxSuggestions { get; set; } = 3;
}
