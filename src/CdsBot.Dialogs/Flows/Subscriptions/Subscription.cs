namespace CdsBot.Dialogs.Flows.Subscriptions;

/// <summary>A citizen's consent to receive news: which topics (none listed = all) and where, given when and on which channel.</summary>
public sealed record Subscription(string Channel, string UserId, IReadOnlyList<string> Topics, string Locality, DateTimeOffset ConsentedAt);
