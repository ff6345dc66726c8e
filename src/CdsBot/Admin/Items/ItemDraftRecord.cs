namespace CdsBot.Admin.Items;

/// <summary>The next version of an item while it is written and reviewed; the live item is untouched until approval.</summary>
public sealed class ItemDraftRecord
{
    public required string ItemId { get; set; }

    /// <summary>The proposed item as <see cref="ItemContent"/> JSON.</summary>
    public required string ContentJson { get; set; }

    /// <summary>"editing" or "in_review".</summary>
    public required string State { get; set; }

    /// <summary>The last writer.</summary>
    public required string EditedBy { get; set; }

    public DateTimeOffset EditedAt { get; set; }

    /// <summary>Everyone who wrote any part of this draft, in the order they first did; none of them may approve it.</summary>
    public List<string> Writers { get; set; } = [];

    /// <summary>Records a write of the draft by <paramref name="writer"/>.</summary>
    public void WrittenBy(string writer, DateTimeOffset at)
    {
        (EditedBy, EditedAt) = (writer, at);
        if (!Writers.Contains(writer, StringComparer.OrdinalIgnoreCase))
        {
            Writers.Add(writer);
        }
    }

    public bool WasWrittenBy(string user) =>
        string.Equals(EditedBy, user, StringComparison.OrdinalIgnoreCase) || Writers.Contains(user, StringComparer.OrdinalIgnoreCase);
}
