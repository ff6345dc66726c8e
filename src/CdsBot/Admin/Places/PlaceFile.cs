using CdsBot.Dialogs.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CdsBot.Admin.Places;

/// <summary>
/// The list of places as a file, in the format of <c>content/localities.yaml</c> (<c>localities:</c>, each with
/// <c>id</c>, <c>name</c>, optional <c>aliases</c>): written for export, read for import with every problem named by
/// its line in Vietnamese.
/// </summary>
public static class PlaceFile
{
    public static string Write(IEnumerable<Locality> places) =>
        "# Danh sách xã, phường (và tỉnh) của trợ lý, dạng tệp content/localities.yaml.\n"
        + "# Mỗi nơi: id (mã, chữ thường không dấu, gạch ngang), name (tên), aliases (tên gọi khác, có thể bỏ trống).\n"
        + "# Sửa tệp rồi nhập lại ở thẻ “Địa phương” của trang quản trị.\n"
        + ContentFileWriter.LocalitiesYaml(places);

    /// <summary>The places <paramref name="yaml"/> lists, or the problems that stop it being read (then no place).</summary>
    public static (List<PlaceEntry> Places, List<PlaceProblem> Problems) Read(string yaml)
    {
        var problems = new List<PlaceProblem>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            problems.Add(new((int)ex.Start.Line, "", "file", "Tệp không đúng định dạng YAML (thường do thụt lề sai hoặc thiếu dấu “:”)."));
            return ([], problems);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("localities"), out var node))
        {
            problems.Add(new(1, "", "file", "Tệp phải bắt đầu bằng dòng “localities:” rồi đến danh sách địa phương, như tệp tải về từ trang này."));
            return ([], problems);
        }

        if (node is not YamlSequenceNode list)
        {
            problems.Add(new(Line(node), "", "file", "Sau “localities:” phải là danh sách, mỗi địa phương bắt đầu bằng “- id: …”."));
            return ([], problems);
        }

        var places = new List<PlaceEntry>();
        foreach (var entry in list)
        {
            if (entry is not YamlMappingNode place)
            {
                problems.Add(new(Line(entry), "", "file", "Mỗi địa phương phải có dạng “- id: …”, “name: …”, “aliases: […]”."));
                continue;
            }

            var line = Line(place);
            foreach (var key in place.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).Where(k => k is not ("id" or "name" or "aliases")))
            {
                problems.Add(new(line, "", "file", $"Trường “{key}” không dùng; mỗi địa phương chỉ có id, name và aliases."));
            }

            var aliases = Aliases(place, problems);
            places.Add(new PlaceEntry(new Locality(Text(place, "id", problems), Text(place, "name", problems), aliases), line));
        }

        return (places, problems);
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static string Text(YamlMappingNode place, string key, List<PlaceProblem> problems)
    {
        if (!place.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return "";
        }

        if (node is YamlScalarNode scalar)
        {
            return PlaceRules.Clean(scalar.Value);
        }

        problems.Add(new(Line(node), "", key, $"“{key}” phải là một dòng chữ."));
        return "";
    }

    private static List<string> Aliases(YamlMappingNode place, List<PlaceProblem> problems)
    {
        if (!place.Children.TryGetValue(new YamlScalarNode("aliases"), out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            problems.Add(new(Line(node), "", "aliases", "“aliases” phải là danh sách, ví dụ aliases: [xã Tân Ninh]."));
            return [];
        }

        var aliases = new List<string>();
        foreach (var alias in list)
        {
            if (alias is YamlScalarNode scalar)
            {
                aliases.Add(PlaceRules.Clean(scalar.Value));
            }
            else
            {
                problems.Add(new(Line(alias), "", "aliases", "Mỗi tên gọi khác phải là một dòng chữ."));
            }
        }

        return aliases;
    }
}
