namespace CdsBot.Insights.Reports;

/// <summary>
/// What staff wrote for sections I–III of the report; a section left empty keeps its bracketed paragraph to replace
/// in Word. Blank lines separate paragraphs.
/// </summary>
public sealed record ReportNarrative(string? Achievements, string? Shortcomings, string? Directions)
{
    public const int MaxLength = 20_000;

    public static ReportNarrative Empty { get; } = new(null, null, null);

    /// <summary>The text's paragraphs, without characters a Word document cannot hold; empty when nothing was written.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => new string([.. p.Where(c => c == '\n' || c == '\t' || !char.IsControl(c))]).Replace('\n', ' ').Normalize())
                .Where(p => p.Length > 0)];
}
