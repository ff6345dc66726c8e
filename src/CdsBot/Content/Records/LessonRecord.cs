using System.Text.Json;
using CdsBot.Dialogs.Content;

namespace CdsBot.Content.Records;

/// <summary>A digital-skills lesson in the store: its id, its place in the list, and the lesson itself as JSON.</summary>
public sealed class LessonRecord
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required string Id { get; set; }

    public int Position { get; set; }

    public required string Body { get; set; }

    public Lesson ToModel() => JsonSerializer.Deserialize<Lesson>(Body, Json) ?? throw new InvalidDataException($"Lesson '{Id}' has an empty body.");

    public static LessonRecord From(Lesson lesson, int position) => new() { Id = lesson.Id, Position = position, Body = JsonSerializer.Serialize(lesson, Json) };
}
