using System.Collections.Concurrent;
using CdsBot.Dialogs.Activities;
using CdsBot.Inbox;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// The outside world for the relay: an <see cref="IOutboundChannel"/> that records every send in arrival order and
/// answers with scripted outcomes (delivered when nothing is scripted). A send can be held in flight until released,
/// to stand for a platform call the host dies during.
/// </summary>
public sealed class OutboundStandIn(string channel) : IOutboundChannel
{
    private readonly ConcurrentQueue<SendOutcome> _script = new();
    private readonly ConcurrentQueue<Send> _requests = new();
    private readonly ConcurrentQueue<Send> _delivered = new();
    private readonly ConcurrentQueue<string?> _deliveredReferences = new();
    private TaskCompletionSource? _hold;
    private int _counter;
    private int _inFlight;
    private int _maxInFlight;

    public string Channel => channel;

    /// <summary>Every call, in the order it arrived.</summary>
    public IReadOnlyList<Send> Requests => [.. _requests];

    /// <summary>Calls answered as delivered, in order: what the citizen saw.</summary>
    public IReadOnlyList<Send> Delivered => [.. _delivered];

    /// <summary>The relay's reference (the outbox row) of each call answered as delivered, in order.</summary>
    public IReadOnlyList<string?> DeliveredReferences => [.. _deliveredReferences];

    /// <summary>The most calls that were in flight at once.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>The next call gets <paramref name="outcome"/> instead of being delivered.</summary>
    public void Answer(SendOutcome outcome) => _script.Enqueue(outcome);

    /// <summary>From now on a call stays in flight until <see cref="Release"/>.</summary>
    public void HoldCalls() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold?.TrySetResult();

    public async Task<SendOutcome> SendAsync(string recipientId, OutboundActivity activity, int partsAlreadySent, string? reference, CancellationToken cancellationToken)
    {
        var send = new Send(recipientId, activity.Text, partsAlreadySent);
        _requests.Enqueue(send);
        var inFlight = Interlocked.Increment(ref _inFlight);
        for (var max = Volatile.Read(ref _maxInFlight); inFlight > max; max = Volatile.Read(ref _maxInFlight))
        {
            Interlocked.CompareExchange(ref _maxInFlight, inFlight, max);
        }

        try
        {
            if (_hold is { } hold)
            {
                await hold.Task;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }

        if (_script.TryDequeue(out var scripted))
        {
            return scripted;
        }

        _delivered.Enqueue(send);
        _deliveredReferences.Enqueue(reference);
        return SendOutcome.Sent($"{channel}-{Interlocked.Increment(ref _counter)}");
    }

    public sealed record Send(string RecipientId, string? Text, int PartsAlreadySent);
}
