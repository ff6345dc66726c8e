namespace CdsBot.Dialogs.Engine;

/// <summary>What the bot decided in one turn, for tests, evaluation and staff tooling.</summary>
public sealed class TurnTrace
{
    /// <summary>The recognized intent, e.g. "greeting", "menu", "faq", "fallback".</summary>
    public string Intent { get; set; } = "none";

    /// <summary>The id of the curated item answered, or null when no curated answer was given.</summary>
    public string? ContentId { get; set; }

    /// <summary>The retrieval confidence of the answer or best candidate, when retrieval ran.</summary>
    public double? Score { get; set; }

    /// <summary>
    /// How a question met the retrieval thresholds: "answered", "clarified", "suggested", "declined", or "document" (a
    /// passage quoted); null when no question was searched.
    /// </summary>
    public string? Band { get; set; }

    /// <summary>When the turn was a "Hữu ích" (true) or "Chưa hữu ích" (false) vote on <see cref="ContentId"/>.</summary>
    public bool? Helpful { get; set; }

    /// <summary>When the answer was an excerpt of a document ("document"), the passage quoted.</summary>
    public string? PassageId { get; set; }

    /// <summary>When a follow-up question was read against the last answer, that answer's item id.</summary>
    public string? FollowUpOf { get; set; }

    /// <summary>For a curated answer: "rephrased", "fallback", "verbatim" or "off" (see <see cref="Rephrasing.Rephrasing"/>).</summary>
    public string? Rephrase { get; set; }

    /// <summary>Why the curated text was sent as it is, when it was.</summary>
    public string? RephraseReason { get; set; }
}
