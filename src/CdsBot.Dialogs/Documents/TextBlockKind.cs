namespace CdsBot.Dialogs.Documents;

/// <summary>What a <see cref="TextBlock"/> is.</summary>
internal enum TextBlockKind
{
    /// <summary>Running text.</summary>
    Paragraph,

    /// <summary>A list entry, kept as written with its marker.</summary>
    Bullet,

    /// <summary>A line starting with a heading's label ("II.", "1.1", "b)", "Điều 3.", "PHỤ LỤC").</summary>
    Heading,

    /// <summary>A line of tab- or pipe-separated cells.</summary>
    TableRow,
}
