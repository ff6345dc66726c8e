using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.State;

namespace CdsBot.Dialogs.Tests.Testing;

/// <summary>
/// A conversation script: <c>Send("hi").AssertReply("…")</c>. Each Send runs a full turn through a
/// <see cref="TurnRunner"/>, so state is serialized to the store and read back between turns, as in a host.
/// </summary>
public sealed class TestFlow
{
    private readonly TurnRunner _runner;
    private readonly Queue<OutboundActivity> _pending = new();
    private readonly string _conversationId;
    private readonly string _userId;
    private readonly List<Func<Task>> _steps = [];

    public TestFlow(Dialog root, IStateStore? store = null, string conversationId = "c1", string userId = "u1")
    {
        Store = store ?? new MemoryStateStore();
        _runner = new TurnRunner(root, Store, new ConversationGate());
        _conversationId = conversationId;
        _userId = userId;
    }

    public IStateStore Store { get; }

    public TurnTrace? LastTrace { get; private set; }

    public TestFlow Send(string text) => Send(new InboundActivity { Channel = "test", ConversationId = _conversationId, UserId = _userId, Text = text });

    public TestFlow SendPayload(string payload) => Send(new InboundActivity { Channel = "test", ConversationId = _conversationId, UserId = _userId, Payload = payload });

    public TestFlow Send(InboundActivity activity)
    {
        _steps.Add(async () =>
        {
            Assert.True(_pending.Count == 0, $"Unchecked replies before the next message: {string.Join(" | ", _pending.Select(p => p.Text))}");
            var outcome = await _runner.RunAsync(activity, CancellationToken.None);
            LastTrace = outcome.Trace;
            foreach (var reply in outcome.Replies)
            {
                _pending.Enqueue(reply);
            }
        });
        return this;
    }

    public TestFlow AssertReply(string expectedText) =>
        AssertReply(reply => Assert.Equal(expectedText, reply.Text));

    public TestFlow AssertReplyContains(string fragment) =>
        AssertReply(reply => Assert.Contains(fragment, reply.Text, StringComparison.Ordinal));

    public TestFlow AssertReply(Action<OutboundActivity> check)
    {
        _steps.Add(() =>
        {
            Assert.True(_pending.Count > 0, "Expected a reply, but the bot sent nothing more.");
            check(_pending.Dequeue());
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>The "was this helpful?" message that follows every curated answer, with its feedback quick replies.</summary>
    public TestFlow AssertFeedbackPrompt(Action<OutboundActivity>? check = null) =>
        AssertReply(reply =>
        {
            // The question ends the message; a step-by-step guide for what was asked may be offered on a line above it.
            Assert.EndsWith(CdsBot.Dialogs.Flows.Faq.FaqResponder.FeedbackQuestion, reply.Text, StringComparison.Ordinal);
            Assert.StartsWith(CdsBot.Dialogs.Flows.Payloads.HelpfulPrefix, reply.QuickReplies[0].Payload, StringComparison.Ordinal);
            Assert.StartsWith(CdsBot.Dialogs.Flows.Payloads.UnhelpfulPrefix, reply.QuickReplies[1].Payload, StringComparison.Ordinal);
            check?.Invoke(reply);
        });

    /// <summary>Checks every reply still pending at once, however many the turn sent.</summary>
    public TestFlow AssertReplies(Action<IReadOnlyList<OutboundActivity>> check)
    {
        _steps.Add(() =>
        {
            var replies = _pending.ToList();
            _pending.Clear();
            Assert.NotEmpty(replies);
            check(replies);
            return Task.CompletedTask;
        });
        return this;
    }

    public TestFlow AssertNoReply()
    {
        _steps.Add(() =>
        {
            Assert.True(_pending.Count == 0, $"Expected no reply, got: {string.Join(" | ", _pending.Select(p => p.Text))}");
            return Task.CompletedTask;
        });
        return this;
    }

    public TestFlow AssertTrace(Action<TurnTrace> check)
    {
        _steps.Add(() =>
        {
            check(LastTrace ?? throw new InvalidOperationException("No turn has run yet."));
            return Task.CompletedTask;
        });
        return this;
    }

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }

        Assert.True(_pending.Count == 0, $"Unchecked replies at the end: {string.Join(" | ", _pending.Select(p => p.Text))}");
    }
}
