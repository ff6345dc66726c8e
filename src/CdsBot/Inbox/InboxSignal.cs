namespace CdsBot.Inbox;

/// <summary>Wakes the inbox worker as soon as a webhook stored an event, instead of at its next poll.</summary>
public sealed class InboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every event stored meanwhile.
        }
    }

    public void Dispose() => _signal.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
