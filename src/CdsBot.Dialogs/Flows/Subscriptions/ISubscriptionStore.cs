namespace CdsBot.Dialogs.Flows.Subscriptions;

/// <summary>Where subscriptions and their consent are kept.</summary>
public interface ISubscriptionStore
{
    /// <summary>Records (or replaces) an active subscription with its consent time and channel.</summary>
    Task SubscribeAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>Stops every push to the citizen at once; false when there was no active subscription.</summary>
    Task<bool> UnsubscribeAsync(string channel, string userId, string reason, CancellationToken cancellationToken);
}
