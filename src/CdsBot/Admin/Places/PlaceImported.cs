namespace CdsBot.Admin.Places;

/// <summary>What an import did (or, on a dry run, would do): the places in the file, and the ids added, changed and removed.</summary>
public sealed record PlaceImported(int Places, IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed, bool DryRun);
