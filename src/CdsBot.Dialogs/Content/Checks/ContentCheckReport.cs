namespace CdsBot.Dialogs.Content.Checks;

/// <summary>The outcome of <see cref="ContentCheck"/> over a content folder or set.</summary>
/// <param name="Findings">Findings no exception accepts: each must be fixed, or reviewed and listed as an exception.</param>
/// <param name="Accepted">Findings an exception accepts, with it.</param>
/// <param name="Unused">Exceptions that accept no finding (the answer changed): to remove.</param>
/// <param name="Errors">Problems in the exceptions file, e.g. an item that does not exist.</param>
public sealed record ContentCheckReport(
    IReadOnlyList<CheckFinding> Findings,
    IReadOnlyList<(CheckFinding Finding, AcceptedFinding Exception)> Accepted,
    IReadOnlyList<AcceptedFinding> Unused,
    IReadOnlyList<ContentError> Errors)
{
    /// <summary>Whether nothing is left to fix: no open finding and no error.</summary>
    public bool IsClean => Findings.Count == 0 && Errors.Count == 0;
}
