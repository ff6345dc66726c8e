namespace CdsBot.Broadcasts;

/// <summary>Messages used of a quota-limited lane in one period (e.g. Zalo promotion messages in a month).</summary>
public sealed class QuotaRecord
{
    public required string Lane { get; set; }

    /// <summary>The period in Vietnam time, e.g. "2026-10".</summary>
    public required string Period { get; set; }

    public int Used { get; set; }
}
