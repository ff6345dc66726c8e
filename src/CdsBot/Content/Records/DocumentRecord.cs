namespace CdsBot.Content.Records;

/// <summary>A source document as stored; see <see cref="CdsBot.Dialogs.Content.SourceDocument"/>.</summary>
public sealed class DocumentRecord
{
    public required string Number { get; set; }

    public required string Type { get; set; }

    public required string Issuer { get; set; }

    public DateOnly? SignedOn { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public List<string> KeyTargets { get; set; } = [];

    public string? Link { get; set; }

    public required string Locality { get; set; }
}
