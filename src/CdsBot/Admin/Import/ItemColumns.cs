namespace CdsBot.Admin.Import;

/// <summary>
/// The columns of an item spreadsheet, named as in the content files. Lists are one entry per line (links as
/// "title | url"); sources, follow-ups and tags may also be separated by commas; dates are yyyy-MM-dd or dd/MM/yyyy.
/// Exports write <see cref="All"/> then <see cref="Optional"/>.
/// </summary>
public static class ItemColumns
{
    public static IReadOnlyList<string> All { get; } =
        ["id", "topic", "locality", "question", "variants", "answer", "sources", "links", "follow_ups", "tags", "valid_from", "valid_to"];

    /// <summary>Columns a file may leave out (older exports): "verbatim" (true = never rephrased; empty = false).</summary>
    public static IReadOnlyList<string> Optional { get; } = ["verbatim"];
}
