using System.Text.Json;
using System.Text.Json.Nodes;

namespace CdsBot.Dialogs.Engine;

/// <summary>
/// One entry of the dialog stack: which dialog, and that dialog's own typed state as JSON.
/// Dialogs are stateless singletons; everything they remember between turns lives here.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog this entry runs.</summary>
    public required string Id { get; init; }

    /// <summary>The dialog's state document.</summary>
    public JsonObject State { get; set; } = [];

    /// <summary>Reads the state as <typeparamref name="T"/> (a new one when nothing was stored yet).</summary>
    public T GetState<T>() where T : new() => State.Deserialize<T>(StateJson.Options) ?? new T();

    /// <summary>Replaces the state with <paramref name="value"/>.</summary>
    public void SetState<T>(T value) =>
        State = JsonSerializer.SerializeToNode(value, StateJson.Options)?.AsObject() ?? [];
}
