using CdsBot.Dialogs.Flows.Subscriptions;

namespace CdsBot.Dialogs.Tests.Testing;

/// <summary>Keeps subscriptions in a dictionary, with the real store's rules.</summary>
internal sealed class RecordingSubscriptionStore : ISubscriptionStore
{
    public Dictionary<(string Channel, string UserId), Subscription> Active { get; } = [];

    public List<(string UserId, string Reason)> Stopped { get; } = [];

    public Task SubscribeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        Active[(subscription.Channel, subscription.UserId)] = subscription;
        return Task.CompletedTask;
    }

    public Task<bool> UnsubscribeAsync(string channel, string userId, string reason, CancellationToken cancellationToken)
    {
        var was = Active.Remove((channel, userId));
        if (was)
        {
            Stopped.Add((userId, reason));
        }

        return Task.FromResult(was);
    }
}
