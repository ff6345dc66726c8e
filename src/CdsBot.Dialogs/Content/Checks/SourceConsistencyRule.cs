namespace CdsBot.Dialogs.Content.Checks;

/// <summary>
/// Every number, date, percentage and document number of an item's answer must be stated by one of its cited
/// documents (<see cref="StatedFacts"/>). A document whose text is not on file states only its number and date, so
/// facts resting on it (or on a web page) are confirmed by hand in the exceptions file.
/// </summary>
public static class SourceConsistencyRule
{
    /// <summary>The rule's name in findings.</summary>
    public const string Name = "source";

    /// <summary>The facts of <paramref name="item"/>'s answer that its sources in <paramref name="content"/> do not state.</summary>
    public static IEnumerable<CheckFinding> Check(FaqItem item, ContentSet content) => Check(item.Id, item.Answer, item.Sources, content);

    /// <summary>The facts of a guide's or lesson's <paramref name="text"/> that its sources do not state, each naming its part.</summary>
    public static IEnumerable<CheckFinding> Check(CheckedText text, ContentSet content) =>
        Check(text.Id, text.Text, text.Sources, content).Select(f => f with { Kind = text.Kind, Message = $"{text.Part}: {f.Message}" });

    private static IEnumerable<CheckFinding> Check(string id, string text, IReadOnlyList<string> cited, ContentSet content)
    {
        var documents = cited.Select(content.FindDocument).OfType<SourceDocument>().ToList();
        var stated = StatedFacts.Of(documents);
        var sources = cited.Count == 0
            ? "its sources (none listed)"
            : string.Join(", ", cited.Select(s => content.FindDocument(s) is { Text: not null } ? s : s + " (no text)"));
        return FactExtractor.Extract(text)
            .DistinctBy(f => (f.Kind, f.Key))
            .Where(f => !stated.Contains(f))
            .Select(f => new CheckFinding(id, Name, f.Written, f.Key, $"fact «{f.Written}» not found in {sources}"));
    }
}
