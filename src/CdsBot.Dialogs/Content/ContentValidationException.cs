namespace CdsBot.Dialogs.Content;

/// <summary>Content files were refused; nothing of them was loaded.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentError> errors)
    : Exception("Content was refused; nothing was imported:\n" + string.Join('\n', errors))
{
    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
