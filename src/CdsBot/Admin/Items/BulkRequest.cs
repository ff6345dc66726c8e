namespace CdsBot.Admin.Items;

/// <summary>The items one bulk step applies to.</summary>
public sealed record BulkRequest(IReadOnlyList<string>? Ids);

/// <summary>What a bulk step did to one item: done, or the status and problem its own step would have answered.</summary>
public sealed record BulkResult(string Id, bool Ok, int Status, string? Detail);
