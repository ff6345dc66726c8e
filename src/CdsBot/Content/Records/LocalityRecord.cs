namespace CdsBot.Content.Records;

/// <summary>A province or commune with content of its own.</summary>
public sealed class LocalityRecord
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public List<string> Aliases { get; set; } = [];
}
