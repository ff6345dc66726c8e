namespace CdsBot.Admin.Places;

/// <summary>A place as staff see it, with what names it (a place in use cannot be removed).</summary>
public sealed record PlaceView(string Id, string Name, IReadOnlyList<string> Aliases, PlaceUse Use);
