namespace CdsBot.Content.Records;

/// <summary>An abbreviation or other wording and what it means, editable by staff.</summary>
public sealed class SynonymRecord
{
    public long Id { get; set; }

    public required string Term { get; set; }

    public required string Means { get; set; }
}
