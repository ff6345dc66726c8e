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
    public static IEnumerable<CheckFinding> Check(FaqItem item, ContentSet content)
    {
        var documents = item.Sources.Select(content.FindDocument).OfType<SourceDocument>().ToList();
        var stated = StatedFacts.Of(documents);
        var sources = item.Sources.Count == 0
            ? "its sources (none listed)"
            : string.Join(", ", item.Sources.Select(s => content.FindDocument(s) is { Text: not null } ? s : s + " (no text)"));
        return FactExtractor.Extract(item.Answer)
            .DistinctBy(f => (f.Kind, f.Key))
            .Where(f => !stated.Contains(f))
            .Select(f => new CheckFinding(item.Id, Name, f.Written, f.Key, $"fact «{f.Written}» not found in {sources}"));
    }
}
