using System.Text.Json;
using CdsBot.Dialogs.Content;

namespace CdsBot.Content.Records;

/// <summary>A step-by-step guide in the store: its id, its place in the list, and the guide itself as JSON.</summary>
public sealed class GuideRecord
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required string Id { get; set; }

    public int Position { get; set; }

    public required string Body { get; set; }

    public Guide ToModel() => JsonSerializer.Deserialize<Guide>(Body, Json) ?? throw new InvalidDataException($"Guide '{Id}' has an empty body.");

    public static GuideRecord From(Guide guide, int position) => new() { Id = guide.Id, Position = position, Body = JsonSerializer.Serialize(guide, Json) };
}
