namespace CdsBot.Admin.Places;

/// <summary>A place's name and other names, as the staff form sends them (the id is in the address).</summary>
public sealed record PlaceInput(string? Name, IReadOnlyList<string>? Aliases);
