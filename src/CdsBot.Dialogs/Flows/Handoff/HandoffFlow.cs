using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;

namespace CdsBot.Dialogs.Flows.Handoff;

/// <summary>"Gặp cán bộ" as a flow: the menu's last entry, the HANDOFF payload, or a request for a person typed.</summary>
public sealed class HandoffFlow(HandoffDialog dialog) : IFlow
{
    /// <inheritdoc />
    public Dialog Dialog => dialog;

    /// <inheritdoc />
    public MenuEntry? Menu { get; } = new("Gặp cán bộ", Payloads.Handoff, 100);

    /// <inheritdoc />
    public FlowStart? FromPayload(TurnContext turn, string payload) => payload == Payloads.Handoff ? new FlowStart() : null;

    /// <inheritdoc />
    public FlowStart? FromText(TurnContext turn, string text) => Phrases.IsHandoffRequest(text) ? new FlowStart() : null;
}
