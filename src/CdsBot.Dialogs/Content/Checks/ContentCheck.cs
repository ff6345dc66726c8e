namespace CdsBot.Dialogs.Content.Checks;

/// <summary>
/// The content check run by <c>content check</c>, CI and publishing: every item's answer against its sources
/// (<see cref="SourceConsistencyRule"/>) and the house tone (<see cref="ToneRule"/>); findings a person reviewed are
/// accepted by the exceptions file (<see cref="AcceptedFindingsReader"/>).
/// </summary>
public static class ContentCheck
{
    /// <summary>Every finding of <paramref name="item"/> against <paramref name="content"/>'s documents, no exception applied.</summary>
    public static IReadOnlyList<CheckFinding> CheckItem(FaqItem item, ContentSet content) =>
        [.. SourceConsistencyRule.Check(item, content), .. ToneRule.Check(item)];

    /// <summary>
    /// Reads <paramref name="folder"/> and checks every item; throws <see cref="ContentValidationException"/> when the
    /// folder cannot be read.
    /// </summary>
    public static ContentCheckReport CheckFolder(string folder)
    {
        var content = ContentFileReader.Read(folder);
        var errors = new List<ContentError>();
        var exceptions = AcceptedFindingsReader.Read(folder, errors);
        return Check(content, exceptions, ItemLocations.Read(folder), errors);
    }

    /// <summary>Checks every item of <paramref name="content"/>, accepting the findings <paramref name="exceptions"/> name.</summary>
    public static ContentCheckReport Check(
        ContentSet content,
        IReadOnlyList<AcceptedFinding> exceptions,
        IReadOnlyDictionary<string, (string File, int Line)>? locations = null,
        IEnumerable<ContentError>? readErrors = null)
    {
        var errors = new List<ContentError>(readErrors ?? []);
        errors.AddRange(exceptions.Where(e => content.FindItem(e.Item) is null)
            .Select(e => new ContentError(AcceptedFindingsReader.FileName, e.Line, $"item '{e.Item}' does not exist.")));

        var findings = new List<CheckFinding>();
        var accepted = new List<(CheckFinding, AcceptedFinding)>();
        var used = new HashSet<AcceptedFinding>();
        foreach (var item in content.Items)
        {
            var (file, line) = locations?.GetValueOrDefault(item.Id) ?? default;
            foreach (var finding in CheckItem(item, content).Select(f => f with { File = file, Line = line }))
            {
                if (exceptions.FirstOrDefault(e => e.Item == item.Id && e.Key == finding.Key) is { } exception)
                {
                    accepted.Add((finding, exception));
                    used.Add(exception);
                }
                else
                {
                    findings.Add(finding);
                }
            }
        }

        var order = (CheckFinding f) => (f.File ?? "", f.Line);
        return new ContentCheckReport(
            [.. findings.OrderBy(order)],
            [.. accepted.OrderBy(a => order(a.Item1))],
            [.. exceptions.Where(e => !used.Contains(e) && content.FindItem(e.Item) is not null)],
            errors);
    }
}
