namespace CdsBot.Dialogs.Rephrasing;

/// <summary>
/// Says a curated answer to the citizen's own question, keeping every fact; or gives the curated answer back, with why.
/// Never throws and never makes the answer late: any failure is a fallback.
/// </summary>
public interface IAnswerRephraser
{
    /// <summary>The text to send for <paramref name="request"/>.</summary>
    Task<Rephrasing> RephraseAsync(RephraseRequest request, CancellationToken cancellationToken);
}

/// <param name="ItemId">The curated item answered.</param>
/// <param name="Question">What the citizen wrote (data, never instructions).</param>
/// <param name="Answer">The curated answer, without its sources line.</param>
public sealed record RephraseRequest(string ItemId, string Question, string Answer);

/// <summary>The text to send and how it came about.</summary>
/// <param name="Text">The rephrased answer, or the curated one.</param>
/// <param name="Status">"rephrased", "fallback" (the curated text) or "off".</param>
/// <param name="Reason">Why the curated text was kept, for a fallback.</param>
public sealed record Rephrasing(string Text, string Status, string? Reason)
{
    /// <summary>The model's wording passed the fact guard.</summary>
    public const string Rephrased = "rephrased";

    /// <summary>The curated text was sent because rephrasing failed or was refused.</summary>
    public const string Fallback = "fallback";

    /// <summary>Rephrasing is switched off.</summary>
    public const string Off = "off";

    /// <summary>The item is marked to be sent exactly as written; the rephraser is not asked.</summary>
    public const string Verbatim = "verbatim";

    /// <summary>The curated answer of <paramref name="request"/>, kept for <paramref name="reason"/>.</summary>
    public static Rephrasing Curated(RephraseRequest request, string reason) => new(request.Answer, Fallback, reason);
}
