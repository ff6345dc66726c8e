namespace CdsBot.Admin.Items;

/// <summary>One published version of an item, kept for history, diff and rollback.</summary>
public sealed class ItemVersionRecord
{
    public long Id { get; set; }

    public required string ItemId { get; set; }

    public int Version { get; set; }

    public required string ContentJson { get; set; }

    public required string EditedBy { get; set; }

    public required string ApprovedBy { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
}
