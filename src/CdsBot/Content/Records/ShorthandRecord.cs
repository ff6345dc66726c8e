namespace CdsBot.Content.Records;

/// <summary>A piece of chat shorthand or teencode and what it means ("ko" → "không"), editable by staff.</summary>
public sealed class ShorthandRecord
{
    public long Id { get; set; }

    public required string Term { get; set; }

    public required string Means { get; set; }
}
