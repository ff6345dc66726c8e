using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace CdsBot.Inbox;

/// <summary>
/// The conversations with events pending, for one pass of the inbox worker, handed out one at a time as workers free up:
/// a conversation being processed is not handed out again until it is done (its events stay in order), and one whose
/// first pending event is held (by another worker, or backing off) is not handed out at all. What was read is handed out
/// first; then the inbox is read again, after a conversation finishes when everything pending is in progress. The pass
/// ends when nothing is left that is not in progress or held, or when its time is up (so the worker's other duties, the
/// relay's retries, are not put off by a steady stream of messages).
/// </summary>
/// <param name="read">Reads up to the given number of pending events, oldest first.</param>
/// <param name="batchSize">How many events to read beyond those in progress.</param>
/// <param name="passLength">How long new conversations are handed out for.</param>
/// <param name="time">The clock.</param>
public sealed class PendingConversations(
    Func<int, CancellationToken, Task<List<InboxEventRecord>>> read, int batchSize, TimeSpan passLength, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<(string Channel, string ConversationId), byte> _inProgress = new();
    private readonly SemaphoreSlim _finished = new(0);

    /// <summary>The conversations to process, each as its pending events in arrival order, as workers ask for them.</summary>
    public async IAsyncEnumerable<Conversation> TakeAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var ready = new Queue<Conversation>();
        while (time.GetElapsedTime(started) < passLength)
        {
            if (ready.Count == 0)
            {
                // This read sees every conversation finished so far: their wake-ups are spent.
                while (_finished.Wait(0, CancellationToken.None))
                {
                    // one finished conversation's wake-up, taken
                }

                var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
                var pending = await ReadAsync(batchSize + _inProgress.Count, cancellationToken);
                if (pending is null)
                {
                    yield break;
                }

                foreach (var events in pending.GroupBy(e => (e.Channel, e.ConversationId)))
                {
                    if (!_inProgress.ContainsKey(events.Key) && events.First().LeaseUntilMs <= nowMs)
                    {
                        ready.Enqueue(new Conversation(events.Key, [.. events], nowMs));
                    }
                }

                if (ready.Count == 0)
                {
                    if (_inProgress.IsEmpty)
                    {
                        yield break;
                    }

                    // Everything pending is in progress: once one is done, its later events (or others) may be taken.
                    await _finished.WaitAsync(cancellationToken);
                    continue;
                }
            }

            var next = ready.Dequeue();
            if (_inProgress.TryAdd(next.Key, 0))
            {
                yield return next;
            }
        }
    }

    /// <summary>Why the pass stopped handing out conversations early, if a read failed; thrown once the turns in progress are done.</summary>
    public Exception? ReadFailure { get; private set; }

    /// <summary>
    /// The pending events, or null when the read failed (kept in <see cref="ReadFailure"/>): a failed read ends the hand-out
    /// but must not cut off the turns in progress, as an exception from the hand-out would (it cancels them).
    /// </summary>
    private async Task<List<InboxEventRecord>?> ReadAsync(int count, CancellationToken cancellationToken)
    {
        try
        {
            return await read(count, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReadFailure = ex;
            return null;
        }
    }

    /// <summary>Marks <paramref name="conversation"/> done: it may be handed out again, with the events it did not get to.</summary>
    public void Finished(Conversation conversation)
    {
        _inProgress.TryRemove(conversation.Key, out _);
        _finished.Release();
    }

    public void Dispose() => _finished.Dispose();

    /// <summary>One conversation's pending events, oldest first, as read at <paramref name="ReadAtMs"/> (Unix milliseconds).</summary>
    public sealed record Conversation((string Channel, string ConversationId) Key, IReadOnlyList<InboxEventRecord> Events, long ReadAtMs);
}
