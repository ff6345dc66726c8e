using CdsBot.Dialogs.Engine;

namespace CdsBot.Dialogs.Flows;

/// <summary>
/// A conversation flow the root can start: its dialog (whose id is the flow's id, persisted in conversations), what
/// starts it (a payload or a phrase), and the entry it offers in the main menu. Flows are registered in DI
/// (<see cref="FlowRegistry"/>); the root routes from that table after global commands, stopping the news and urgent
/// help, which keep their priority.
/// </summary>
public interface IFlow
{
    /// <summary>The flow's dialog; its id is the flow's id.</summary>
    Dialog Dialog { get; }

    /// <summary>The flow's entry in the main menu, or null for none.</summary>
    MenuEntry? Menu { get; }

    /// <summary>How the flow starts for <paramref name="payload"/> (a button's), or null when it is not the flow's.</summary>
    FlowStart? FromPayload(TurnContext turn, string payload);

    /// <summary>How the flow starts for typed <paramref name="text"/>, or null when the text does not start it.</summary>
    FlowStart? FromText(TurnContext turn, string text);
}

/// <summary>A flow starting, with the options its dialog begins with.</summary>
public sealed record FlowStart(object? Options = null);

/// <summary>An entry of the main menu: its label, the payload it sends, and its place (lower first, after the topics).</summary>
public sealed record MenuEntry(string Title, string Payload, int Order);
