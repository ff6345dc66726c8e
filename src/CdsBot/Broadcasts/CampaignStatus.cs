namespace CdsBot.Broadcasts;

/// <summary>A campaign's life: draft → approved → running (⇄ paused) → completed; cancelled from any state before completion.</summary>
public static class CampaignStatus
{
    public const string Draft = "draft";
    public const string Approved = "approved";
    public const string Running = "running";
    public const string Paused = "paused";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}
