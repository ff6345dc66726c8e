namespace CdsBot.Dialogs.Documents;

/// <summary>
/// A unit of a document's layout: a paragraph (its wrapped lines joined), a bullet ("- …", "+ …", "• …"), a line
/// that starts with a heading's label, or a table row with its cells.
/// </summary>
internal sealed record TextBlock(TextBlockKind Kind, List<string> Lines, IReadOnlyList<string> Cells)
{
    /// <summary>The block's lines joined by spaces.</summary>
    public string Text => string.Join(' ', Lines);
}
