using CdsBot.Dialogs.Content;

namespace CdsBot.Admin.Places;

/// <summary>A place as staff wrote it, with the line of the imported file it came from (0 when typed in a form).</summary>
public sealed record PlaceEntry(Locality Place, int Line);
