namespace CdsBot.Channels.Zalo;

/// <summary>A look-up of a user's profile made while reading their message: the name found, or null when it failed or had none.</summary>
public sealed record ProfileLookup(string? Name);
