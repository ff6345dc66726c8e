using CdsBot.Inbox;
using Microsoft.Extensions.Time.Testing;

namespace CdsBot.Tests.Inbox;

/// <summary>
/// How one pass of the inbox worker hands out conversations: each at most once at a time, none whose first event is
/// held, the inbox read again when what was read is handed out, until nothing is left to take or the pass's time is up.
/// </summary>
public sealed class PendingConversationsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 10, 8, 0, 0, TimeSpan.Zero));
    private readonly List<InboxEventRecord> _inbox = [];
    private long _nextId = 1;

    [Fact]
    public async Task Each_conversation_is_handed_out_with_its_events_in_arrival_order()
    {
        Store("a", "b", "a");
        using var pending = Pass();

        var taken = new List<PendingConversations.Conversation>();
        await foreach (var conversation in pending.TakeAsync(CancellationToken.None))
        {
            taken.Add(conversation);
            Finish(pending, conversation);
        }

        Assert.Equal(["a", "b"], taken.Select(c => c.Key.ConversationId));
        Assert.Equal([1L, 3L], taken[0].Events.Select(e => e.Id));
    }

    [Fact]
    public async Task A_conversation_in_progress_is_not_handed_out_again_until_it_is_finished()
    {
        Store("a");
        using var pending = Pass();
        await using var taking = pending.TakeAsync(CancellationToken.None).GetAsyncEnumerator();

        Assert.True(await taking.MoveNextAsync());
        var first = taking.Current;
        Store("a"); // arrives while the first is being processed
        var second = taking.MoveNextAsync().AsTask();
        Assert.False(second.IsCompleted);

        Finish(pending, first);

        Assert.True(await second);
        Assert.Equal([2L], taking.Current.Events.Select(e => e.Id));
        Finish(pending, taking.Current);
        Assert.False(await taking.MoveNextAsync());
    }

    [Fact]
    public async Task A_conversation_whose_first_event_is_held_is_not_handed_out_but_others_are()
    {
        Store("a", "b");
        _inbox[0].LeaseUntilMs = _time.GetUtcNow().ToUnixTimeMilliseconds() + 60_000;
        using var pending = Pass();

        var taken = new List<string>();
        await foreach (var conversation in pending.TakeAsync(CancellationToken.None))
        {
            taken.Add(conversation.Key.ConversationId);
            Finish(pending, conversation);
        }

        Assert.Equal(["b"], taken);
    }

    [Fact]
    public async Task No_new_conversation_is_handed_out_once_the_pass_time_is_up()
    {
        Store("a", "b");
        using var pending = new PendingConversations(ReadAsync, batchSize: 1, TimeSpan.FromSeconds(1), _time);
        await using var taking = pending.TakeAsync(CancellationToken.None).GetAsyncEnumerator();

        Assert.True(await taking.MoveNextAsync());
        _time.Advance(TimeSpan.FromSeconds(2));
        Finish(pending, taking.Current);

        Assert.False(await taking.MoveNextAsync());
    }

    [Fact]
    public async Task A_read_that_fails_ends_the_hand_out_and_is_kept_to_be_thrown_once_the_turns_in_progress_are_done()
    {
        Store("a");
        var reads = 0;
        using var pending = new PendingConversations(
            (count, ct) => ++reads == 1 ? ReadAsync(count, ct) : throw new InvalidOperationException("the database is gone"),
            batchSize: 10, TimeSpan.FromSeconds(1), _time);
        await using var taking = pending.TakeAsync(CancellationToken.None).GetAsyncEnumerator();

        Assert.True(await taking.MoveNextAsync());
        Finish(pending, taking.Current);

        Assert.False(await taking.MoveNextAsync());
        Assert.Equal("the database is gone", Assert.IsType<InvalidOperationException>(pending.ReadFailure).Message);
    }

    private PendingConversations Pass() => new(ReadAsync, batchSize: 10, TimeSpan.FromSeconds(1), _time);

    private void Store(params string[] conversations)
    {
        foreach (var conversation in conversations)
        {
            var id = _nextId++;
            _inbox.Add(new InboxEventRecord { Id = id, Channel = "zalo", ChannelMessageId = $"m{id}", ConversationId = conversation, Body = "{}" });
        }
    }

    /// <summary>What the worker does with a conversation it finished: its events are no longer pending.</summary>
    private void Finish(PendingConversations pending, PendingConversations.Conversation conversation)
    {
        foreach (var done in conversation.Events)
        {
            _inbox.Single(e => e.Id == done.Id).Status = InboxStatus.Done;
        }

        pending.Finished(conversation);
    }

    private Task<List<InboxEventRecord>> ReadAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult(_inbox.Where(e => e.Status == InboxStatus.Pending).OrderBy(e => e.Id).Take(count).ToList());
}
