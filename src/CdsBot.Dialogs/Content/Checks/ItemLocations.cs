using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CdsBot.Dialogs.Content.Checks;

/// <summary>Where each FAQ item of a content folder is written: its file (relative to the folder) and line.</summary>
public static class ItemLocations
{
    /// <summary>Item id → (file, line) for every item in <c>faq/*.yaml</c> of <paramref name="folder"/>.</summary>
    public static IReadOnlyDictionary<string, (string File, int Line)> Read(string folder)
    {
        var locations = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        var faq = Path.Combine(folder, ContentFileReader.FaqFolder);
        if (!Directory.Exists(faq))
        {
            return locations;
        }

        foreach (var path in Directory.GetFiles(faq, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(File.ReadAllText(path)));
            }
            catch (YamlException)
            {
                continue;
            }

            if (stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("items"), out var node) && node is YamlSequenceNode items)
            {
                foreach (var item in items.OfType<YamlMappingNode>())
                {
                    if (item.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { } value })
                    {
                        locations.TryAdd(value.Trim(), (relative, (int)item.Start.Line));
                    }
                }
            }
        }

        return locations;
    }
}
