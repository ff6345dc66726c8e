namespace CdsBot.Dialogs.Content;

/// <summary>Locality scopes of content.</summary>
public static class Localities
{
    /// <summary>Content that holds for the whole country.</summary>
    public const string National = "national";
}
