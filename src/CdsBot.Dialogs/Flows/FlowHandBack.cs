namespace CdsBot.Dialogs.Flows;

/// <summary>
/// What a flow ends with when the message is not for it (a question typed in the middle of a guide, another flow's
/// button): the root then routes that same message as if no flow were running.
/// </summary>
public sealed class FlowHandBack
{
    private FlowHandBack()
    {
    }

    /// <summary>The one value.</summary>
    public static FlowHandBack Instance { get; } = new();
}
