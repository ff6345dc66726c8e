namespace CdsBot.Insights.Expiring;

/// <summary>
/// The week's digest for publishers: for the current ISO week (Monday to Sunday, Vietnam time), how many items end
/// within the next 30 days and how many of them end this very week, with the sentence the dashboard shows.
/// </summary>
public sealed record ExpiryDigest(int Year, int Week, DateOnly WeekStart, DateOnly WeekEnd, int Upcoming, int EndingThisWeek, string Text);
