namespace CdsBot.Dialogs.Content;

/// <summary>
/// An abbreviation or other wording and what it means, e.g. "cccd" → "căn cước công dân", "ko" → "không".
/// Applied to questions and to content alike, so either wording finds the other.
/// </summary>
/// <param name="Term">
/// The wording citizens use (one or more words). Ending in <see cref="NumberMark"/> ("kh #"), it stands for that
/// meaning only before a number: "kh 44" is "kế hoạch 44", while "kh" alone (also "không") is left as typed.
/// </param>
/// <param name="Means">The wording it stands for; a <see cref="NumberMark"/> in it is read as nothing.</param>
public sealed record Synonym(string Term, string Means)
{
    /// <summary>The mark for "a number follows" at the end of a term.</summary>
    public const char NumberMark = '#';

    /// <summary>Whether the term applies only before a number.</summary>
    public bool IsBeforeNumber => Term.TrimEnd().EndsWith(NumberMark);
}
