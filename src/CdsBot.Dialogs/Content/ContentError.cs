namespace CdsBot.Dialogs.Content;

/// <summary>One problem in a content file.</summary>
/// <param name="File">The file, relative to the content folder.</param>
/// <param name="Line">The 1-based line, or 0 when the problem is the whole file.</param>
/// <param name="Message">What is wrong, in words an editor can act on.</param>
public sealed record ContentError(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
