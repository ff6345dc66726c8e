namespace CdsBot.Insights.Expiring;

/// <summary>The dashboard's box: the week's digest and the items ending within the next 30 days, soonest first.</summary>
public sealed record ExpiringReport(DateOnly Today, ExpiryDigest Digest, IReadOnlyList<ExpiringItem> Items);
