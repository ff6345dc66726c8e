namespace CdsBot.Documents;

/// <summary>A file that gave no text, with the <see cref="DocumentTextError"/> to tell staff.</summary>
public sealed class DocumentTextException(DocumentTextError error, Exception? inner = null) : Exception(error.Message, inner)
{
    public DocumentTextError Error { get; } = error;
}
