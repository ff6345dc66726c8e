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
    /// <summary>Decides for <paramref name="candidates"/> (best first) under <paramref name="options"/>.</summary>
    public static AnswerDecision For(IReadOnlyList<Candidate> candidates, RetrievalOptions options)
    {
        var best = candidates.Count > 0 ? candidates[0] : null;
        if (best is null)
        {
            return new AnswerDecision("declined", null, []);
        }

        if (best.Confidence >= options.AnswerThreshold)
        {
            return new AnswerDecision("answered", best, []);
        }

        var close = candidates
            .Where(c => c.Fit >= options.SuggestThreshold && c.Rank >= options.ClarifyWithin * best.Rank)
            .Take(options.MaxSuggestions)
            .ToList();
        if (close.Count >= 2)
        {
            return new AnswerDecision("clarified", null, close);
        }

        var fitting = candidates.Where(c => c.Fit >= options.SuggestThreshold).Take(options.MaxSuggestions).ToList();
        return fitting.Count > 0 ? new AnswerDecision("suggested", null, fitting) : new AnswerDecision("declined", null, []);
    }
}
