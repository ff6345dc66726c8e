using System.Text.Json;

namespace CdsBot.Dialogs.Engine;

/// <summary>
/// The one serializer configuration for persisted state: typed records, no type names, so a value
/// read back has the type it was written with (no int-becomes-long surprises of a property bag).
/// </summary>
public static class StateJson
{
    /// <summary>Options used for every persisted state document.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
