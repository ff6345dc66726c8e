using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>
/// What the bot does with the candidates found for a question: answer the best when confident; on a near-tie,
/// where the question fits several items alike, ask which one is meant; otherwise offer the items that fit, or
/// decline. One rule for the chat and for the staff's try-out.
/// </summary>
/// <param name="Band">"answered", "clarified", "suggested" or "declined".</param>
/// <param name="Answer">The item answered, when <see cref="Band"/> is "answered".</param>
/// <param name="Offered">The items offered as choices, when clarifying or suggesting.</param>
public sealed record AnswerDecision(string Band, Candidate? Answer, IReadOnlyList<Candidate> Offered)
{
    /// <summary>
    /// Decides for <paramref name="candidates"/> (best first) under <paramref name="options"/>; a question asking a
    /// figure (<paramref name="asked"/>) is answered only by an item whose answer states one of that kind.
    /// </summary>
    public static AnswerDecision For(IReadOnlyList<Candidate> candidates, RetrievalOptions options, FigureKind asked = FigureKind.None)
    {
        var best = candidates.Count > 0 ? candidates[0] : null;
        if (best is null)
        {
            return new AnswerDecision("declined", null, []);
        }

        // Items of one yearly series tie on everything but the year, which the question settles (SeriesAnswer), not a
        // choice: the index reads the best's evidence against the first item outside its series. An item answered is
        // one the bot would at least offer: fitting what is asked without the allowance for chatter, so the words a
        // long message shares with an item only through the province it names do not make it the answer. Nor is an item
        // about other years than the one asked (a yearly series aside: SeriesAnswer says plainly when that year is missing),
        // nor one of another place than the one named.
        if ((best.Confidence >= options.AnswerThreshold || IsOwnPhrasing(best.Evidence))
            && best.Fit >= options.MinimumFit && best.ScopeFit >= options.SuggestThreshold && !IsNearTie(best.Evidence)
            && AskedFigure.IsStatedIn(asked, best.Item.Answer) && !best.OfYearsNotAsked && !best.OfOtherPlace)
        {
            return new AnswerDecision("answered", best, []);
        }

        return Offer(candidates, options);
    }

    /// <summary>
    /// Of <paramref name="candidates"/> (best first) that fit a question nearly alike, the one whose answer states what is
    /// asked (<paramref name="states"/>: the figure, or the aspect) when the best states none ("nộp khai sinh online rồi
    /// thì mấy ngày có kết quả": the time a birth registration takes, not its steps); null when there is none such. For a
    /// question as the citizen typed it: a follow-up asked of a new subject ("còn khai tử thì sao" after how long a birth
    /// registration takes) is not answered by another subject's figure.
    /// </summary>
    public static AnswerDecision? Stating(IReadOnlyList<Candidate> candidates, RetrievalOptions options, Func<string, bool> states)
    {
        if (candidates.Count < 2 || states(candidates[0].Item.Answer))
        {
            return null;
        }

        var best = candidates[0];
        return candidates.Skip(1).FirstOrDefault(c => states(c.Item.Answer)) is { } stating
            && stating.Rank >= StatingRank * best.Rank && stating.Confidence >= StatingConfidence && stating.Fit >= options.MinimumFit
            && !stating.OfOtherPlace && !stating.OfYearsNotAsked
                ? new AnswerDecision("answered", stating, [])
                : null;
    }

    // How close to the best a candidate stating what is asked must rank, and how likely it must be, to be the answer: on the
    // repository's sets 0.85 and 0.5 answered five more questions rightly and none wrongly; 0.8 and 0.4 also answered a
    // fee for a procedure no item is about.
    private const double StatingRank = 0.85, StatingConfidence = 0.5;

    /// <summary>
    /// Answers none of <paramref name="candidates"/> (best first): asks which is meant when two or more rank close,
    /// otherwise offers those that fit, or declines when none does.
    /// </summary>
    public static AnswerDecision Offer(IReadOnlyList<Candidate> candidates, RetrievalOptions options)
    {
        var fitting = candidates.Where(c => c.ScopeFit >= options.SuggestThreshold).Take(options.MaxSuggestions).ToList();
        if (fitting.Count == 0)
        {
            return new AnswerDecision("declined", null, []);
        }

        var close = fitting.Count(c => c.Rank >= options.ClarifyWithin * candidates[0].Rank);
        return close >= 2 ? new AnswerDecision("clarified", null, fitting) : new AnswerDecision("suggested", null, fitting);
    }

    /// <summary>
    /// Whether the question says nothing for the best candidate that it does not say for its rival, and the best
    /// barely leads; or leads by a little more, but the question fits the rival nearly as well (two items that ask
    /// almost the same, like "cấp lại giấy phép lái xe" and "mất giấy phép lái xe"): then no estimate, however high,
    /// makes it the answer.
    /// </summary>
    public static bool IsNearTie(AnswerEvidence evidence) =>
        evidence.Margin < NearTieMargin && (evidence.Lead < NearTieLead || (evidence.Lead < CloseRivalLead && evidence.RivalFit >= CloseRivalFit));

    /// <summary>
    /// Whether the question is, word for word, one of the best candidate's phrasings and clearly less one of the
    /// rival's: a short question that is an item's own question ("chuyển đổi số là gì") is answered by it.
    /// </summary>
    public static bool IsOwnPhrasing(AnswerEvidence evidence) => evidence.Fit >= WholeFit && evidence.RivalFit <= OwnPhrasingRivalFit;

    private const double NearTieLead = 0.05, NearTieMargin = 0.02, WholeFit = 0.99, OwnPhrasingRivalFit = 0.8;

    // A rival the question fits at least this well is a near-tie up to this lead (a coin toss on the DVC folds: of the
    // answers it turns into a question, more were wrong than right).
    private const double CloseRivalFit = 0.8, CloseRivalLead = 0.1;
}
