namespace CdsBot.Insights;

/// <summary>The "TurnLog" settings.</summary>
public sealed class TurnLogOptions
{
    /// <summary>How many days raw turn rows (with the masked question text) are kept; older days keep only their daily totals.</summary>
    public int RetentionDays { get; set; } = 180;

    /// <summary>How often the retention job looks for days to fold.</summary>
    public int RetentionIntervalMinutes { get; set; } = 60;
}
