using System.Text.Json;

namespace CdsBot.Channels;

/// <summary>
/// Reading the platforms' JSON defensively: a property of the wrong kind counts as missing, ids and timestamps may come
/// as strings or numbers, and a string that is not valid UTF-8 is a <see cref="FormatException"/> (an unreadable event).
/// </summary>
internal static class JsonFields
{
    /// <summary>The object property <paramref name="name"/>, or null when it is missing or not an object.</summary>
    public static JsonElement? Child(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    /// <summary>A string or number property as text, or null.</summary>
    public static string? Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? TextOf(value) : null;

    /// <summary>A string or number as text (Zalo sends ids either way; Meta documents strings but sends numbers).</summary>
    public static string? TextOf(JsonElement value)
    {
        try
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json validates UTF-8 inside strings only when they are read.
            throw new FormatException("A text in the event is not valid UTF-8.", ex);
        }
    }
}
