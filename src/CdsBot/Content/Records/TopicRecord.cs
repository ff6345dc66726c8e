namespace CdsBot.Content.Records;

/// <summary>A main-menu topic as stored, with its menu position.</summary>
public sealed class TopicRecord
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public required string Intro { get; set; }

    public int Position { get; set; }
}
