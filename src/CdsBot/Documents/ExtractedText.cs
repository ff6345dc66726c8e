namespace CdsBot.Documents;

/// <summary>The text read from a file, its format ("docx", "pdf", "txt"), and anything staff should check (e.g. scanned pages skipped).</summary>
public sealed record ExtractedText(string Text, string Format, IReadOnlyList<string> Warnings);
