namespace CdsBot.Dialogs.Content.Checks;

/// <summary>
/// A finding a person has reviewed and accepted, from the exceptions file: typically a fact confirmed by hand
/// against a source whose text is not on file (a web page, a decree), with where it was confirmed.
/// </summary>
/// <param name="Item">The item's, guide's or lesson's id.</param>
/// <param name="Fact">The fact as written in the file ("22/4/2022", "30%"), or a tone aspect ("first-paragraph").</param>
/// <param name="Reason">Why it stands: "facts.md C.5 [H], https://…".</param>
/// <param name="Line">Its line in the exceptions file.</param>
/// <param name="Kind">What <paramref name="Item"/> names (<see cref="CheckedKind"/>): the entry's key, <c>item</c>, <c>guide</c> or <c>lesson</c>.</param>
public sealed record AcceptedFinding(string Item, string Fact, string Reason, int Line, string Kind = CheckedKind.Item)
{
    /// <summary>Whether this exception accepts <paramref name="finding"/>.</summary>
    public bool Accepts(CheckFinding finding) => Kind == finding.Kind && Item == finding.ItemId && Key == finding.Key;

    /// <summary>The key a finding must have to be accepted by this exception (<see cref="CheckFinding.Key"/>).</summary>
    public string Key => FactExtractor.Extract(Fact) is [var only] ? only.Key : Fact.Trim();
}
