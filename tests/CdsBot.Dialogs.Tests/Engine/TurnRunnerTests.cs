using System.Text.Json;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Engine.Prompts;
using CdsBot.Dialogs.State;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Engine;

public sealed class TurnRunnerTests
{
    private static InboundActivity Message(string conversation, string user, string text) =>
        new() { Channel = "test", ConversationId = conversation, UserId = user, Text = text };

    private static ScriptedRoot Echo() => new(new WaterfallDialog("echo",
    [
        (step, ct) =>
        {
            step.Turn.SendText($"#{step.Turn.User.MessageCount}: {step.Turn.Activity.Text}");
            return step.EndAsync(null, ct);
        },
    ]));

    [Fact]
    public async Task Saves_conversation_and_user_state_after_the_turn()
    {
        var store = new MemoryStateStore();
        var runner = new TurnRunner(Echo(), store, new ConversationGate());

        await runner.RunAsync(Message("c1", "u1", "một"), CancellationToken.None);
        var outcome = await runner.RunAsync(Message("c1", "u1", "hai"), CancellationToken.None);

        Assert.Equal("#2: hai", Assert.Single(outcome.Replies).Text);
        var saved = await store.ReadAsync([StateKeys.User("test", "u1"), StateKeys.Conversation("test", "c1")], CancellationToken.None);
        Assert.Equal(2, JsonSerializer.Deserialize<UserProfile>(saved[StateKeys.User("test", "u1")].Json, StateJson.Options)!.MessageCount);
        Assert.Equal(2, JsonSerializer.Deserialize<ConversationData>(saved[StateKeys.Conversation("test", "c1")].Json, StateJson.Options)!.TurnCount);
    }

    [Fact]
    public async Task Concurrent_turns_of_one_user_in_two_processes_lose_no_update()
    {
        // Two runners with separate gates share one store: like two host instances on one database.
        var store = new MemoryStateStore();
        var first = new TurnRunner(Echo(), new RacingStore(store), new ConversationGate());
        var second = new TurnRunner(Echo(), new RacingStore(store), new ConversationGate());

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? first : second).RunAsync(Message($"c{i % 3}", "u1", $"m{i}"), CancellationToken.None)));

        var saved = await store.ReadAsync([StateKeys.User("test", "u1")], CancellationToken.None);
        Assert.Equal(20, JsonSerializer.Deserialize<UserProfile>(saved[StateKeys.User("test", "u1")].Json, StateJson.Options)!.MessageCount);
    }

    [Fact]
    public async Task A_turn_that_loses_a_race_is_run_again_and_only_its_winning_replies_are_returned()
    {
        var store = new MemoryStateStore();
        var racing = new RacingStore(store) { InterleaveOnce = true };
        var runner = new TurnRunner(Echo(), racing, new ConversationGate());

        var outcome = await runner.RunAsync(Message("c1", "u1", "xin chào"), CancellationToken.None);

        Assert.Equal(2, racing.Writes);
        Assert.Equal("#2: xin chào", Assert.Single(outcome.Replies).Text);
    }

    [Fact]
    public async Task Turns_of_one_conversation_run_one_at_a_time_in_arrival_order()
    {
        var order = new List<string>();
        var root = new ScriptedRoot(new WaterfallDialog("slow",
        [
            async (step, ct) =>
            {
                lock (order) { order.Add("start " + step.Turn.Activity.Text); }
                await Task.Delay(20, ct);
                lock (order) { order.Add("end " + step.Turn.Activity.Text); }
                return await step.EndAsync(null, ct);
            },
        ]));
        var runner = new TurnRunner(root, new MemoryStateStore(), new ConversationGate());

        var turns = new List<Task>();
        foreach (var text in new[] { "a", "b", "c" })
        {
            turns.Add(runner.RunAsync(Message("c1", "u1", text), CancellationToken.None));
            await Task.Delay(2);
        }

        await Task.WhenAll(turns);
        Assert.Equal(["start a", "end a", "start b", "end b", "start c", "end c"], order);
    }

    [Fact]
    public async Task Unreadable_state_starts_afresh_instead_of_failing_every_turn()
    {
        var store = new MemoryStateStore();
        await store.WriteAsync([new StateWrite(StateKeys.Conversation("test", "c1"), "{not json", null)], CancellationToken.None);
        var runner = new TurnRunner(Echo(), store, new ConversationGate());

        var outcome = await runner.RunAsync(Message("c1", "u1", "alo"), CancellationToken.None);

        Assert.Equal("#1: alo", Assert.Single(outcome.Replies).Text);
    }

    [Fact]
    public async Task A_prompt_waits_across_turns_because_the_stack_is_persisted() =>
        await new TestFlow(new ScriptedRoot(
                new WaterfallDialog("ask", [(s, ct) => s.PromptAsync("p", new PromptOptions { Prompt = "?" }, ct), (s, ct) => { s.Turn.SendText($"= {s.Result}"); return s.EndAsync(null, ct); }]),
                new TextPrompt("p")))
            .Send("bắt đầu").AssertReply("?")
            .Send("trả lời").AssertReply("= trả lời")
            .StartTestAsync();

    /// <summary>Yields between read and write so concurrent turns really interleave; can inject one conflicting write.</summary>
    private sealed class RacingStore(IStateStore inner) : IStateStore
    {
        public bool InterleaveOnce { get; set; }

        public int Writes { get; private set; }

        public async Task<IReadOnlyDictionary<string, StateEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            var result = await inner.ReadAsync(keys, cancellationToken);
            await Task.Yield();
            return result;
        }

        public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StateWrite> writes, CancellationToken cancellationToken)
        {
            Writes++;
            if (InterleaveOnce)
            {
                InterleaveOnce = false;
                var user = writes.Single(w => w.Key.Contains("/users/", StringComparison.Ordinal));
                await inner.WriteAsync([user], cancellationToken); // someone else's turn wins the race
            }

            await Task.Delay(1, cancellationToken);
            return await inner.WriteAsync(writes, cancellationToken);
        }
    }
    [Theory]
    [InlineData("hủy")]
    [InlineData("xin chào")]
    public async Task A_stored_stack_naming_a_dialog_that_no_longer_exists_is_reset_politely(string text)
    {
        var store = new MemoryStateStore();
        var stale = new ConversationData { DialogStack = [new DialogInstance { Id = "renamed-flow" }] };
        await store.WriteAsync([new StateWrite(StateKeys.Conversation("test", "c1"), JsonSerializer.Serialize(stale, StateJson.Options), null)], CancellationToken.None);
        var runner = new TurnRunner(Echo(), store, new ConversationGate());

        var outcome = await runner.RunAsync(Message("c1", "u1", text), CancellationToken.None);

        Assert.Equal([TurnRunner.DefaultResetNotice, $"#1: {text}"], outcome.Replies.Select(r => r.Text));
        var saved = await store.ReadAsync([StateKeys.Conversation("test", "c1")], CancellationToken.None);
        var stack = JsonSerializer.Deserialize<ConversationData>(saved[StateKeys.Conversation("test", "c1")].Json, StateJson.Options)!.DialogStack;
        Assert.DoesNotContain(stack, d => d.Id == "renamed-flow");
    }

    [Fact]
    public async Task An_unknown_dialog_inside_a_component_resets_the_stack_too()
    {
        var store = new MemoryStateStore();
        var inner = new DialogInstance { Id = "test-root" };
        inner.SetState(new ComponentState { Stack = [new DialogInstance { Id = "old-step" }] });
        var stale = new ConversationData { DialogStack = [inner] };
        await store.WriteAsync([new StateWrite(StateKeys.Conversation("test", "c1"), JsonSerializer.Serialize(stale, StateJson.Options), null)], CancellationToken.None);
        var runner = new TurnRunner(Echo(), store, new ConversationGate());

        var outcome = await runner.RunAsync(Message("c1", "u1", "hủy"), CancellationToken.None);

        Assert.Equal([TurnRunner.DefaultResetNotice, "#1: hủy"], outcome.Replies.Select(r => r.Text));
    }
}
