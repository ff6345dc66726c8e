namespace CdsBot.Content.Records;

/// <summary>
/// A source document's full text, kept apart from <see cref="DocumentRecord"/> so the documents list stays light; loaded
/// into <see cref="CdsBot.Dialogs.Content.SourceDocument.Text"/>.
/// </summary>
public sealed class DocumentTextRecord
{
    public required string Number { get; set; }

    public required string Text { get; set; }

    /// <summary>The uploaded file's name, or the content folder's text file for seeded texts.</summary>
    public string? FileName { get; set; }

    /// <summary>"docx", "pdf" or "txt".</summary>
    public required string Format { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
