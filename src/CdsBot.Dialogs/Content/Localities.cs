namespace CdsBot.Dialogs.Content;

/// <summary>Locality scopes of content.</summary>
public static class Localities
{
    /// <summary>Content that holds for the whole country.</summary>
    public const string National = "national";

    private const string ElsewherePrefix = "elsewhere:";

    /// <summary>The id of a place the deployment does not serve, by its <paramref name="slug"/>: "elsewhere:nam-dinh".</summary>
    public static string Elsewhere(string slug) => ElsewherePrefix + slug;

    /// <summary>Whether <paramref name="locality"/> is a place the deployment does not serve, which no content is of.</summary>
    public static bool IsElsewhere(string locality) => locality.StartsWith(ElsewherePrefix, StringComparison.Ordinal);
}
