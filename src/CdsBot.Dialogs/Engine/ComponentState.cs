namespace CdsBot.Dialogs.Engine;

/// <summary>What a component dialog remembers: its inner stack.</summary>
public sealed class ComponentState
{
    /// <summary>The inner dialog stack, innermost last.</summary>
    public List<DialogInstance> Stack { get; set; } = [];
}
