namespace CdsBot.Insights;

/// <summary>
/// How often one item answered on one day, kept for ever once the raw rows of that day are removed
/// (<see cref="TurnLogRetention"/>), so the dashboard's top items cover any period. Questions are not kept this way:
/// past the retention a citizen's words are gone, even masked.
/// </summary>
public sealed class ItemDailyRecord
{
    public required string Day { get; set; }

    public required string ItemId { get; set; }

    public int Turns { get; set; }

    public int Helpful { get; set; }

    public int Unhelpful { get; set; }
}
