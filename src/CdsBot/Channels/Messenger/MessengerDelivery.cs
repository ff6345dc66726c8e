namespace CdsBot.Channels.Messenger;

/// <summary>A webhook delivery read item by item: the items understood, and why each of the others was skipped.</summary>
public sealed record MessengerDelivery(IReadOnlyList<MessengerEvent> Events, IReadOnlyList<string> Skipped);
