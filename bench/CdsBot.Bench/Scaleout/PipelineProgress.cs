namespace CdsBot.Bench.Scaleout;

/// <summary>A look at the shared database while it drains.</summary>
/// <param name="StoredEvents">Inbox events stored, in any state.</param>
/// <param name="PendingEvents">Inbox events not yet run (or held by a lease, or backing off).</param>
/// <param name="OwedReplies">Outbound rows pending or being sent.</param>
/// <param name="UnknownReplies">Outbound rows marked unknown: their send was cut off, so they may or may not have arrived.</param>
internal sealed record PipelineProgress(int StoredEvents, int PendingEvents, int OwedReplies, int UnknownReplies)
{
    public bool Drained => PendingEvents == 0 && OwedReplies == 0;
}
