using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CdsBot.Dialogs.Content.Checks;

/// <summary>
/// Reads the exceptions file (<see cref="FileName"/> in the content folder): a list of entries with <c>item</c> (or
/// <c>guide</c>, or <c>lesson</c>), <c>fact</c> or <c>facts</c>, and <c>reason</c>. A missing file means no exceptions.
/// </summary>
public static class AcceptedFindingsReader
{
    /// <summary>The exceptions file's name in the content folder.</summary>
    public const string FileName = "check-exceptions.yaml";

    /// <summary>The exceptions of <paramref name="folder"/>; problems in the file are added to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<AcceptedFinding> Read(string folder, List<ContentError> errors)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), errors) : [];
    }

    /// <summary>The exceptions written in <paramref name="yaml"/>.</summary>
    public static IReadOnlyList<AcceptedFinding> Parse(string yaml, List<ContentError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(FileName, (int)ex.Start.Line, "not valid YAML: " + ex.Message));
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ContentError(FileName, 1, "the file must be a mapping with an 'exceptions' list."));
            return [];
        }

        var exceptions = new List<AcceptedFinding>();
        foreach (var entry in new YamlFields(FileName, root, errors).Maps("exceptions", required: true))
        {
            var owners = new[] { CheckedKind.Item, CheckedKind.Guide, CheckedKind.Lesson }.Select(k => (Kind: k, Id: entry.Text(k, false))).Where(o => o.Id is not null).ToList();
            var (reason, fact) = (entry.Text("reason", true), entry.Text("fact", false));
            var facts = entry.TextList("facts").Concat(fact is null ? [] : [fact]).ToList();
            if (facts.Count == 0)
            {
                entry.Error("'fact' or 'facts' is required.");
            }

            if (owners.Count != 1)
            {
                entry.Error("each entry names one of 'item', 'guide' or 'lesson'.");
            }
            else if (reason is not null)
            {
                exceptions.AddRange(facts.Select(f => new AcceptedFinding(owners[0].Id!, f, reason, entry.Line, owners[0].Kind)));
            }
        }

        return exceptions;
    }
}
