namespace CdsBot.Admin.Queue;

/// <summary>Teach the bot: add a queued question as a new phrasing of an existing item.</summary>
public sealed record AttachVariant(string? ItemId);
