using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CdsBot.Dialogs.Content;

/// <summary>Reads typed fields from a YAML mapping, recording each problem with its line.</summary>
internal sealed class YamlFields(string file, YamlMappingNode map, List<ContentError> errors)
{
    public int Line => (int)map.Start.Line;

    public void Error(string message, YamlNode? at = null) => errors.Add(new ContentError(file, (int)(at ?? map).Start.Line, message));

    /// <summary>Records a problem at the line of <paramref name="key"/>'s value (of the mapping when it is absent).</summary>
    public void ErrorAt(string key, string message) =>
        Error(message, map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null);

    public string? Text(string key, bool required)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is YamlScalarNode { Value: null or "" })
        {
            if (required)
            {
                Error($"'{key}' is required.");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error($"'{key}' must be text.", node);
            return null;
        }

        return scalar.Value!.Normalize(System.Text.NormalizationForm.FormC).Trim();
    }

    public IReadOnlyList<string> TextList(string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error($"'{key}' must be a list.", node);
            return [];
        }

        var values = new List<string>();
        foreach (var entry in sequence)
        {
            if (entry is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add(value.Normalize(System.Text.NormalizationForm.FormC).Trim());
            }
            else
            {
                Error($"every entry of '{key}' must be text.", entry);
            }
        }

        return values;
    }

    /// <summary>Text that becomes a button's label: refused (an error) when longer than <paramref name="maxLength"/>.</summary>
    public string? Label(string key, int maxLength)
    {
        var label = Text(key, true);
        if (label is { Length: var length } && length > maxLength)
        {
            ErrorAt(key, $"'{key}' is a button label: at most {maxLength} characters ('{label}' has {length}).");
        }

        return label;
    }

    /// <summary>The mapping under <paramref name="key"/>, or null (an error when required or not a mapping).</summary>
    public YamlFields? Map(string key, bool required)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            if (required)
            {
                Error($"'{key}' is required.");
            }

            return null;
        }

        if (node is not YamlMappingNode child)
        {
            Error($"'{key}' must be a mapping (key: value lines).", node);
            return null;
        }

        return new YamlFields(file, child, errors);
    }

    public IEnumerable<YamlFields> Maps(string key, bool required)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            if (required)
            {
                Error($"'{key}' is required.");
            }

            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error($"'{key}' must be a list.", node);
            yield break;
        }

        foreach (var entry in sequence)
        {
            if (entry is YamlMappingNode child)
            {
                yield return new YamlFields(file, child, errors);
            }
            else
            {
                Error($"every entry of '{key}' must be a mapping (key: value lines).", entry);
            }
        }
    }

    /// <summary>A true/false field; <paramref name="fallback"/> when absent.</summary>
    public bool Bool(string key, bool fallback)
    {
        var text = Text(key, required: false);
        if (text is null)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error($"'{key}' must be true or false, not '{text}'.", map.Children[new YamlScalarNode(key)]);
        return fallback;
    }

    public DateOnly? Date(string key)
    {
        var text = Text(key, required: false);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error($"'{key}' must be a date written yyyy-MM-dd, not '{text}'.", map.Children[new YamlScalarNode(key)]);
        return null;
    }
}
