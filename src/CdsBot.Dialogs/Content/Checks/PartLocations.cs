using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CdsBot.Dialogs.Content.Checks;

/// <summary>Where each guide step and lesson part of a content folder is written: its file and line.</summary>
public static class PartLocations
{
    /// <summary>(kind, id, part) → (file, line) for the guides and lessons of <paramref name="folder"/>.</summary>
    public static IReadOnlyDictionary<(string Kind, string Id, string Part), (string File, int Line)> Read(string folder)
    {
        var locations = new Dictionary<(string, string, string), (string, int)>();
        foreach (var (kind, subfolder) in new[] { (CheckedKind.Guide, ContentFileReader.GuidesFolder), (CheckedKind.Lesson, ContentFileReader.LessonsFolder) })
        {
            var path = Path.Combine(folder, subfolder);
            var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.yaml", SearchOption.TopDirectoryOnly) : [];
            foreach (var file in files)
            {
                if (Root(file) is not { } root || Scalar(root, "id") is not { } id)
                {
                    continue;
                }

                var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
                foreach (var (part, line) in kind == CheckedKind.Guide ? Steps(root) : LessonParts(root))
                {
                    locations.TryAdd((kind, id, part), (relative, line));
                }
            }
        }

        return locations;
    }

    private static IEnumerable<(string Part, int Line)> Steps(YamlMappingNode root) =>
        root.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) && steps is YamlSequenceNode list
            ? list.OfType<YamlMappingNode>().Where(s => Scalar(s, "id") is not null).Select(s => (CheckedText.StepPart(Scalar(s, "id")!), (int)s.Start.Line))
            : [];

    private static IEnumerable<(string Part, int Line)> LessonParts(YamlMappingNode root)
    {
        if (root.Children.TryGetValue(new YamlScalarNode("messages"), out var messages) && messages is YamlSequenceNode list)
        {
            foreach (var (message, index) in list.Select((m, i) => (m, i)))
            {
                yield return (CheckedText.MessagePart(index), (int)message.Start.Line);
            }
        }

        if (root.Children.TryGetValue(new YamlScalarNode("check"), out var check))
        {
            yield return (CheckedText.CheckPart, (int)check.Start.Line);
        }
    }

    private static YamlMappingNode? Root(string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(file)));
        }
        catch (YamlException)
        {
            return null;
        }

        return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } ? value.Trim() : null;
}
