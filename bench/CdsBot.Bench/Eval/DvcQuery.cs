using System.Text.Json;

namespace CdsBot.Bench.Eval;

/// <summary>One held-out phrasing of a DVC fold: the item that should answer it, as written and without diacritics.</summary>
internal sealed record DvcQuery(string Id, string Raw, string NoDiac)
{
    public static readonly string[] Variants = ["raw", "nodiac"];

    public string Text(string variant) => variant == "raw" ? Raw : NoDiac;

    public static List<DvcQuery> ReadAll(string path) =>
        [.. File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(Parse)];

    private static DvcQuery Parse(string line)
    {
        var query = JsonSerializer.Deserialize<JsonElement>(line);
        string Field(string name) => query.GetProperty(name).GetString() ?? throw new InvalidDataException($"'{name}' is null in {line}");
        return new DvcQuery(Field("id"), Field("raw"), Field("nodiac"));
    }
}
