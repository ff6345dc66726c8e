namespace CdsBot.Dialogs.Content;

/// <summary>Dates as citizens and staff see them: Vietnam keeps UTC+7 all year (no daylight saving since 1975).</summary>
public static class VietnamTime
{
    /// <summary>Vietnam's offset from UTC.</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(7);

    /// <summary>Today's date in Vietnam.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);
}
