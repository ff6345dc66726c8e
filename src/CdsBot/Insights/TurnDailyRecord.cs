namespace CdsBot.Insights;

/// <summary>
/// Turns of one day, channel, route, band and locality, kept for ever once the raw rows of that day are removed
/// (<see cref="TurnLogRetention"/>). Band and locality are "" when none.
/// </summary>
public sealed class TurnDailyRecord
{
    public required string Day { get; set; }

    public required string Channel { get; set; }

    public required string Route { get; set; }

    public required string Band { get; set; }

    public required string Locality { get; set; }

    public int Turns { get; set; }

    public int Helpful { get; set; }

    public int Unhelpful { get; set; }

    public long LatencyMsTotal { get; set; }
}
