namespace CdsBot.Inbox;

/// <summary>
/// Sends a citizen's replies off the inbox worker's path: once a turn is committed its worker goes on to the next event
/// while the relay sends what that citizen is owed. One relay runs per citizen at a time; a turn committed while their
/// relay runs asks it to look once more when it is done, so replies still go out in the order they were written (the
/// relay's claim also checks that across instances). At most <paramref name="inFlight"/> citizens' relays send at once, as
/// many as the worker runs turns, so a slow platform is not sent a call per citizen owed a reply. <see cref="WhenIdleAsync"/>
/// waits for every relay asked for so far.
/// </summary>
public sealed class CitizenRelays(OutboundRelay relay, int inFlight, ILogger logger) : IDisposable
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _sending = new(Math.Max(1, inFlight));

    // Citizens whose relay is running, each with whether a turn asked it to look again meanwhile.
    private readonly Dictionary<(string Channel, string RecipientId), bool> _running = [];
    private readonly List<Task> _loops = [];

    /// <summary>
    /// Has what <paramref name="recipientId"/> on <paramref name="channel"/> is owed sent, soon, without waiting for it; what
    /// the relay logs names <paramref name="conversationId"/>, the conversation of the turn that asked first.
    /// </summary>
    public void Request(string channel, string recipientId, string conversationId, CancellationToken cancellationToken)
    {
        var key = (channel, recipientId);
        lock (_gate)
        {
            if (_running.ContainsKey(key))
            {
                _running[key] = true;
                return;
            }

            _running[key] = false;
            // The relay serves the citizen, not the turn that asked first: it must not carry that turn's span or log scope.
            using (ExecutionContext.SuppressFlow())
            {
                _loops.Add(Task.Run(() => RelayAsync(key, conversationId, cancellationToken), CancellationToken.None));
            }
        }
    }

    /// <summary>Completes when every relay asked for so far, and any asked for while waiting, has ended.</summary>
    public async Task WhenIdleAsync()
    {
        while (true)
        {
            Task[] loops;
            lock (_gate)
            {
                _loops.RemoveAll(loop => loop.IsCompleted);
                if (_loops.Count == 0)
                {
                    return;
                }

                loops = [.. _loops];
            }

            await Task.WhenAll(loops);
        }
    }

    private async Task RelayAsync((string Channel, string RecipientId) key, string conversationId, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope("Replies owed on {Channel} in conversation {ConversationId}", key.Channel, conversationId);
        while (true)
        {
            try
            {
                await _sending.WaitAsync(cancellationToken);
                try
                {
                    await relay.RelayToAsync(key.Channel, key.RecipientId, cancellationToken);
                }
                finally
                {
                    _sending.Release();
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // What is still owed stays owed: the worker's sweep sends it at its next poll.
                logger.LogWarning(ex, "Relaying the replies owed on {Channel} to {Recipient} failed; the next sweep sends them", key.Channel, key.RecipientId);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping: the sweep of the next start sends what is owed.
            }

            lock (_gate)
            {
                if (!_running[key] || cancellationToken.IsCancellationRequested)
                {
                    _running.Remove(key);
                    return;
                }

                _running[key] = false;
            }
        }
    }

    public void Dispose() => _sending.Dispose();
}
