namespace CdsBot.Admin.Items;

/// <summary>Content to preview as citizens would get it; <paramref name="Id"/> names the item (its buttons' payloads).</summary>
public sealed record PreviewRequest(string? Id, ItemContent? Content);
