namespace CdsBot.Dialogs.Content;

/// <summary>A link shown with an answer.</summary>
/// <param name="Title">What the citizen sees.</param>
/// <param name="Url">The address.</param>
public sealed record ContentLink(string Title, string Url);
