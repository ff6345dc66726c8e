using System.Text;
using System.Text.Json.Nodes;

namespace CdsBot.Bench.Fuzz;

/// <summary>Makes odd JSON from a well-formed template: values of the wrong kind, missing or duplicated keys, broken bytes.</summary>
internal sealed class JsonMutator(Random random)
{
    private static readonly string[] OddTexts =
    [
        "", " ", "x", "\u0000", "\u202e\u0301\u0309", "💥🇻🇳", "null", "-1", "1e309", "NaN", "<script>alert(1)</script>",
        "'; DROP TABLE inbox_events; --", "menu", "hủy", "dừng", "gặp cán bộ", "đăng ký nhận tin", "\\ud800", "%00%ff",
    ];

    public Random Random => random;

    /// <summary>An odd value: a wrong kind, an edge number, a long or strange string, deep nesting.</summary>
    public JsonNode? OddValue() => random.Next(14) switch
    {
        0 => null,
        1 => JsonValue.Create(OddTexts[random.Next(OddTexts.Length)]),
        2 => JsonValue.Create(random.Next(3) switch { 0 => 0L, 1 => -1L, _ => long.MaxValue }),
        3 => JsonValue.Create(1.5e300),
        4 => new JsonArray(),
        5 => new JsonObject(),
        6 => new JsonArray((JsonNode?)null),
        7 => JsonValue.Create(true),
        8 => JsonValue.Create(new string('á', random.Next(1, 6000))),
        9 => new JsonObject { ["id"] = OddValue() },
        10 => new JsonArray(JsonValue.Create("x"), new JsonObject { ["url"] = null }),
        11 => Nested(random.Next(2, 80)),
        12 => JsonValue.Create(DateTimeOffset.UtcNow.AddDays(-random.Next(1, 400)).ToUnixTimeMilliseconds()),
        _ => JsonValue.Create(random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>Applies up to <paramref name="times"/> structural changes anywhere in the tree (the root itself may be replaced).</summary>
    public JsonNode? Mutate(JsonNode? root, int times)
    {
        for (var n = 0; n < times && root is not null; n++)
        {
            var nodes = Descendants(root).ToList();
            var target = nodes[random.Next(nodes.Count)];
            if (target.Parent is null)
            {
                root = random.Next(4) == 0 ? OddValue() : root;
                continue;
            }

            switch (target.Parent, random.Next(4))
            {
                case (JsonObject parent, 0):
                    parent.Remove(target.GetPropertyName());
                    break;
                case (JsonObject parent, _):
                    parent[target.GetPropertyName()] = OddValue();
                    break;
                case (JsonArray parent, 0):
                    parent.RemoveAt(target.GetElementIndex());
                    break;
                case (JsonArray parent, 1):
                    parent.Add(OddValue());
                    break;
                case (JsonArray parent, _):
                    parent[target.GetElementIndex()] = OddValue();
                    break;
            }
        }

        return root;
    }

    /// <summary>Byte-level damage to a serialized body: a duplicated key, invalid UTF-8, truncation, a flipped byte, a BOM.</summary>
    public byte[] Damage(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (random.Next(7))
        {
            case 0:
            {
                // "key": → "key":<odd>,"key": (the same key twice in one object)
                var keys = System.Text.RegularExpressions.Regex.Matches(json, "\"([a-z_]+)\":");
                if (keys.Count == 0)
                {
                    return bytes;
                }

                var key = keys[random.Next(keys.Count)];
                var odd = OddValue()?.ToJsonString() ?? "null";
                return Encoding.UTF8.GetBytes(json[..key.Index] + key.Value + odd + "," + json[key.Index..]);
            }

            case 1:
            {
                var at = random.Next(bytes.Length + 1);
                byte[][] invalid = [[0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]];
                return [.. bytes[..at], .. invalid[random.Next(invalid.Length)], .. bytes[at..]];
            }

            case 2:
                return bytes[..random.Next(bytes.Length + 1)];
            case 3:
                if (bytes.Length > 0)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 4:
                return [0xEF, 0xBB, 0xBF, .. bytes];
            case 5:
                return Encoding.UTF8.GetBytes("[" + json + "," + json + "]");
            default:
                return Encoding.UTF8.GetBytes(json.Replace("\"", "'", StringComparison.Ordinal));
        }
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
