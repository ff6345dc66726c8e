using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;

namespace CdsBot.Dialogs.Flows.Subscriptions;

/// <summary>Subscribing to news as a flow: the SUBSCRIBE payload or "đăng ký nhận tin" typed. It has no menu entry.</summary>
public sealed class SubscribeFlow(SubscribeDialog dialog) : IFlow
{
    /// <inheritdoc />
    public Dialog Dialog => dialog;

    /// <inheritdoc />
    public MenuEntry? Menu => null;

    /// <inheritdoc />
    public FlowStart? FromPayload(TurnContext turn, string payload) => payload == Payloads.Subscribe ? new FlowStart() : null;

    /// <inheritdoc />
    public FlowStart? FromText(TurnContext turn, string text) => Phrases.IsSubscribe(turn.Activity) ? new FlowStart() : null;
}
