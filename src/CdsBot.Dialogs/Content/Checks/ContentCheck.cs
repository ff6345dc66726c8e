namespace CdsBot.Dialogs.Content.Checks;

/// <summary>
/// The content check run by <c>content check</c>, CI and publishing: every item's answer, guide step and lesson text
/// against its sources (<see cref="SourceConsistencyRule"/>) and the house tone (<see cref="ToneRule"/>); findings a
/// person reviewed are accepted by the exceptions file (<see cref="AcceptedFindingsReader"/>).
/// </summary>
public static class ContentCheck
{
    /// <summary>Every finding of <paramref name="item"/> against <paramref name="content"/>'s documents, no exception applied.</summary>
    public static IReadOnlyList<CheckFinding> CheckItem(FaqItem item, ContentSet content) =>
        [.. SourceConsistencyRule.Check(item, content), .. ToneRule.Check(item)];

    /// <summary>Every finding of a guide's or lesson's text against <paramref name="content"/>'s documents, no exception applied.</summary>
    public static IReadOnlyList<CheckFinding> CheckText(CheckedText text, ContentSet content) =>
        [.. SourceConsistencyRule.Check(text, content), .. ToneRule.Check(text)];

    /// <summary>
    /// Reads <paramref name="folder"/> and checks every item, guide and lesson; throws <see cref="ContentValidationException"/> when the
    /// folder cannot be read.
    /// </summary>
    public static ContentCheckReport CheckFolder(string folder)
    {
        var content = ContentFileReader.Read(folder);
        var errors = new List<ContentError>();
        var exceptions = AcceptedFindingsReader.Read(folder, errors);
        return Check(content, exceptions, ItemLocations.Read(folder), errors, PartLocations.Read(folder));
    }

    /// <summary>
    /// Checks every item, guide and lesson of <paramref name="content"/>, accepting the findings <paramref name="exceptions"/>
    /// name; <paramref name="locations"/> and <paramref name="parts"/> give the files and lines findings point at.
    /// </summary>
    public static ContentCheckReport Check(
        ContentSet content,
        IReadOnlyList<AcceptedFinding> exceptions,
        IReadOnlyDictionary<string, (string File, int Line)>? locations = null,
        IEnumerable<ContentError>? readErrors = null,
        IReadOnlyDictionary<(string Kind, string Id, string Part), (string File, int Line)>? parts = null)
    {
        var errors = new List<ContentError>(readErrors ?? []);
        errors.AddRange(exceptions.Where(e => !Exists(content, e))
            .Select(e => new ContentError(AcceptedFindingsReader.FileName, e.Line, $"{e.Kind} '{e.Item}' does not exist.")));

        var found = content.Items.SelectMany(item =>
        {
            var (file, line) = locations?.GetValueOrDefault(item.Id) ?? default;
            return CheckItem(item, content).Select(f => f with { File = file, Line = line });
        });
        var texts = content.Guides.SelectMany(CheckedText.Of).Concat(content.Lessons.SelectMany(CheckedText.Of));
        found = found.Concat(texts.SelectMany(text =>
        {
            var (file, line) = parts?.GetValueOrDefault((text.Kind, text.Id, text.Part)) ?? default;
            // One text can hold a fact a sibling text of the same part also holds (a lesson's check and explanation).
            return CheckText(text, content).Select(f => f with { File = file, Line = line });
        }).Distinct());

        var findings = new List<CheckFinding>();
        var accepted = new List<(CheckFinding, AcceptedFinding)>();
        var used = new HashSet<AcceptedFinding>();
        foreach (var finding in found)
        {
            if (exceptions.FirstOrDefault(e => e.Accepts(finding)) is { } exception)
            {
                accepted.Add((finding, exception));
                used.Add(exception);
            }
            else
            {
                findings.Add(finding);
            }
        }

        var order = (CheckFinding f) => (f.File ?? "", f.Line);
        return new ContentCheckReport(
            [.. findings.OrderBy(order)],
            [.. accepted.OrderBy(a => order(a.Item1))],
            [.. exceptions.Where(e => !used.Contains(e) && Exists(content, e))],
            errors);
    }

    private static bool Exists(ContentSet content, AcceptedFinding exception) => exception.Kind switch
    {
        CheckedKind.Guide => content.Guides.Any(g => g.Id == exception.Item),
        CheckedKind.Lesson => content.Lessons.Any(l => l.Id == exception.Item),
        _ => content.FindItem(exception.Item) is not null,
    };
}
