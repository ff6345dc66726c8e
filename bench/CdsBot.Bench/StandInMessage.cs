namespace CdsBot.Bench;

/// <summary>
/// One platform message the channel stand-in accepted: to whom, the message id it answered with, and the sender's own tag
/// (Messenger's message.metadata, when sent). <paramref name="Order"/> is the order of acceptance across channels.
/// </summary>
internal sealed record StandInMessage(int Order, string Channel, string RecipientId, string MessageId, string? Metadata);
