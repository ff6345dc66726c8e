namespace CdsBot.Admin.Guides;

/// <summary>A guide's or lesson's file text staff submit for review; <see cref="Kind"/> is "guide" or "lesson".</summary>
public sealed record GuideDraftInput(string? Kind, string? Yaml);
