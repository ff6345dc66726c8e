namespace CdsBot.Admin.Items;

/// <summary>The next version of an item while it is written and reviewed; the live item is untouched until approval.</summary>
public sealed class ItemDraftRecord
{
    public required string ItemId { get; set; }

    /// <summary>The proposed item as <see cref="ItemContent"/> JSON.</summary>
    public required string ContentJson { get; set; }

    /// <summary>"editing" or "in_review".</summary>
    public required string State { get; set; }

    public required string EditedBy { get; set; }

    public DateTimeOffset EditedAt { get; set; }
}
