using System.Collections.Concurrent;

namespace CdsBot.Channels.WebChat;

/// <summary>
/// The pages open on this instance, and a wake-up for their streams when a message was put in a web mailbox here.
/// Streams also poll the database, so a message written by another instance arrives within a poll.
/// </summary>
public sealed class WebChatStreams
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>.</summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public bool IsOpen(string userId) => _open.TryGetValue(userId, out var count) && count > 0;

    /// <summary>Counts a page of <paramref name="userId"/> as open until the result is disposed.</summary>
    public IDisposable Open(string userId)
    {
        _open.AddOrUpdate(userId, 1, (_, count) => count + 1);
        return new Closing(() => _open.AddOrUpdate(userId, 0, (_, count) => Math.Max(0, count - 1)));
    }

    private sealed class Closing(Action close) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                close();
            }
        }
    }
}
