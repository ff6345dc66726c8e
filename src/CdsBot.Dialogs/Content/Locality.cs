namespace CdsBot.Dialogs.Content;

/// <summary>A province or commune that has its own content.</summary>
/// <param name="Id">A stable id, e.g. "tra-vinh".</param>
/// <param name="Name">Its name as citizens write it, e.g. "Trà Vinh".</param>
/// <param name="Aliases">Other ways of naming it, e.g. "tỉnh Trà Vinh".</param>
public sealed record Locality(string Id, string Name, IReadOnlyList<string> Aliases);
