namespace CdsBot.Inbox;

/// <summary>Wakes the inbox worker as soon as a webhook stored an event, instead of at its next poll.</summary>
public sealed class InboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount > 0)
        {
            // Already signalled; one wake-up covers every event stored meanwhile (and a throw per event costs CPU).
            return;
        }

        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Signalled by another webhook between the check and the release.
        }
    }

    public void Dispose() => _signal.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
