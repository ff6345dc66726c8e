namespace CdsBot.Insights.Expiring;

/// <summary>A published item whose validity ends soon: its last valid day and the days left until it (0 = today).</summary>
public sealed record ExpiringItem(string Id, string Question, string Topic, DateOnly ValidTo, int DaysLeft);
