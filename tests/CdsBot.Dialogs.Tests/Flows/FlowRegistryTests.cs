using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows;

namespace CdsBot.Dialogs.Tests.Flows;

/// <summary>The table the root routes from: unique ids, the first flow to recognize a message starts, menu entries in order.</summary>
public sealed class FlowRegistryTests
{
    private sealed class Echo(string id, string payload, MenuEntry? menu) : Dialog(id), IFlow
    {
        public Dialog Dialog => this;

        public MenuEntry? Menu => menu;

        public FlowStart? FromPayload(TurnContext turn, string sent) => sent == payload ? new FlowStart(Id) : null;

        public FlowStart? FromText(TurnContext turn, string text) => text.Contains(Id, StringComparison.Ordinal) ? new FlowStart(Id) : null;

        public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) => dc.EndDialogAsync(null, cancellationToken);
    }

    [Fact]
    public void Two_flows_with_one_id_are_refused() =>
        Assert.Contains("'quiz'", Assert.Throws<InvalidOperationException>(() => new FlowRegistry([new Echo("quiz", "A", null), new Echo("quiz", "B", null)])).Message, StringComparison.Ordinal);

    [Fact]
    public void Menu_entries_come_in_their_order_and_flows_without_one_offer_none()
    {
        var registry = new FlowRegistry([new Echo("handoff", "H", new MenuEntry("Gặp cán bộ", "H", 100)), new Echo("subscribe", "S", null), new Echo("guide", "G", new MenuEntry("Hướng dẫn", "G", 50))]);

        Assert.Equal(["Hướng dẫn", "Gặp cán bộ"], registry.MenuEntries.Select(e => e.Title));
    }

    [Fact]
    public void The_first_flow_recognizing_a_message_starts()
    {
        var registry = new FlowRegistry([new Echo("quiz", "Q", null), new Echo("quiz-2", "Q", null)]);
        var turn = new TurnContext(new Activities.InboundActivity { Channel = "test", ConversationId = "c", UserId = "u", Text = "x" }, new CdsBot.Dialogs.State.ConversationData(), new CdsBot.Dialogs.State.UserProfile());

        Assert.Equal("quiz", registry.FromPayload(turn, "Q")!.Value.Flow.Dialog.Id);
        Assert.Equal("quiz", registry.FromText(turn, "thi quiz-2")!.Value.Flow.Dialog.Id);
        Assert.Null(registry.FromPayload(turn, "FAQ:x"));
    }
}
