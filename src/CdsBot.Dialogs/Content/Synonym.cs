namespace CdsBot.Dialogs.Content;

/// <summary>
/// An abbreviation or other wording and what it means, e.g. "cccd" → "căn cước công dân", "ko" → "không".
/// Applied to questions and to content alike, so either wording finds the other.
/// </summary>
/// <param name="Term">The wording citizens use (one or more words).</param>
/// <param name="Means">The wording it stands for.</param>
public sealed record Synonym(string Term, string Means);
