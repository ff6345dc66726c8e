using CdsBot.Dialogs.Engine;

namespace CdsBot.Dialogs.Flows;

/// <summary>
/// The flows the root routes to, in registration order (the first flow recognizing a payload or a phrase starts).
/// Flow ids are unique: two flows claiming one id would make a persisted stack ambiguous.
/// </summary>
public sealed class FlowRegistry
{
    /// <summary>Creates the registry over <paramref name="flows"/>.</summary>
    public FlowRegistry(IEnumerable<IFlow> flows)
    {
        Flows = [.. flows];
        if (Flows.GroupBy(f => f.Dialog.Id).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new InvalidOperationException($"Two flows are registered with the id '{duplicate.Key}'.");
        }
    }

    /// <summary>The flows, in registration order.</summary>
    public IReadOnlyList<IFlow> Flows { get; }

    /// <summary>The flows' main-menu entries, in menu order.</summary>
    /// <remarks>Read each time: a flow may offer its entry only while it has something to offer (guides in the content).</remarks>
    public IReadOnlyList<MenuEntry> MenuEntries => [.. Flows.Select(f => f.Menu).OfType<MenuEntry>().OrderBy(m => m.Order)];

    /// <summary>The flow <paramref name="payload"/> starts, and how; null when no flow claims it.</summary>
    public (IFlow Flow, FlowStart Start)? FromPayload(TurnContext turn, string payload)
    {
        foreach (var flow in Flows)
        {
            if (flow.FromPayload(turn, payload) is { } start)
            {
                return (flow, start);
            }
        }

        return null;
    }

    /// <summary>The flow typed <paramref name="text"/> starts, and how; null when no flow claims it.</summary>
    public (IFlow Flow, FlowStart Start)? FromText(TurnContext turn, string text)
    {
        foreach (var flow in Flows)
        {
            if (flow.FromText(turn, text) is { } start)
            {
                return (flow, start);
            }
        }

        return null;
    }
}
