using System.Text.Json.Nodes;

namespace CdsBot.Dialogs.Engine;

/// <summary>What a waterfall remembers between turns.</summary>
public sealed class WaterfallState
{
    /// <summary>The index of the step that ran last.</summary>
    public int StepIndex { get; set; }

    /// <summary>The options the waterfall was begun with.</summary>
    public JsonNode? Options { get; set; }

    /// <summary>Values the steps saved, each as typed JSON.</summary>
    public JsonObject Values { get; set; } = [];
}
