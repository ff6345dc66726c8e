namespace CdsBot.Admin.Items;

/// <summary>
/// An item as staff see it: the live version and the draft of the next one, if any. Submitting and approving also return
/// the content check's <paramref name="Warnings"/> on the content submitted or published (null elsewhere).
/// </summary>
public sealed record ItemView(string Id, string Status, int Version, ItemContent Live, string UpdatedBy, DateTimeOffset UpdatedAt, DraftView? Draft, IReadOnlyList<PublishWarning>? Warnings = null);

/// <summary>A draft: its content, where it stands and who wrote it (<paramref name="Writers"/>: everyone who wrote a part, none of whom may approve it).</summary>
public sealed record DraftView(string State, string EditedBy, DateTimeOffset EditedAt, ItemContent Content, IReadOnlyList<ItemChange> Changes, IReadOnlyList<string> Writers);

/// <summary>A published version with what changed from the one before.</summary>
public sealed record VersionView(int Version, string EditedBy, string ApprovedBy, DateTimeOffset PublishedAt, IReadOnlyList<ItemChange> Changes);

/// <summary>A new item: its id and its first draft.</summary>
public sealed record NewItem(string? Id, ItemContent? Content);
