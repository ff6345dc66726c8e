namespace CdsBot.Insights;

/// <summary>
/// One turn on any channel, for the dashboard and the reports: written in the same transaction as the turn
/// (<see cref="TurnLogWriter"/>), kept raw for <see cref="TurnLogOptions.RetentionDays"/> and then folded into
/// <see cref="TurnDailyRecord"/>.
/// </summary>
public sealed class TurnLogRecord
{
    public long Id { get; set; }

    /// <summary>When the turn was committed, Unix milliseconds (UTC).</summary>
    public long AtMs { get; set; }

    /// <summary>The date in Vietnam, "yyyy-MM-dd": the dashboard's periods and daily groups.</summary>
    public required string Day { get; set; }

    public required string Channel { get; set; }

    /// <summary>Links a 👍/👎 to the turn it rates (and, on Zalo and Messenger, is the citizen's id).</summary>
    public required string ConversationId { get; set; }

    /// <summary>The citizen's locality from their subscription, when they have one.</summary>
    public string? Locality { get; set; }

    /// <summary>What the citizen wrote, normalized (lower case, single spaces) with personal data masked.</summary>
    public string? Question { get; set; }

    /// <summary>The trace's intent: "faq", "faq_suggest", "document", "guide", "handoff", "fallback"…</summary>
    public required string Route { get; set; }

    public string? ItemId { get; set; }

    public string? PassageId { get; set; }

    public double? Score { get; set; }

    public string? Band { get; set; }

    /// <summary>"rephrased", "fallback", "verbatim" or "off" for a curated answer.</summary>
    public string? Rephrase { get; set; }

    /// <summary>From the turn's start (waiting for the conversation's lock included) to its commit.</summary>
    public int LatencyMs { get; set; }

    /// <summary>The citizen's 👍 (true) or 👎 (false) on this turn's answer; null when not rated.</summary>
    public bool? Helpful { get; set; }
}
