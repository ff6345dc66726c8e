namespace CdsBot.Admin.Items;

/// <summary>A citizen's question added as a phrasing of an item: whether the bot answers it now, and what staff are told.</summary>
public sealed record PhrasingAdded(ItemView Item, bool Answering, string Message);
