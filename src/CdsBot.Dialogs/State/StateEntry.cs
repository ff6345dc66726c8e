namespace CdsBot.Dialogs.State;

/// <summary>A stored state document and the ETag that a later write must name.</summary>
/// <param name="Json">The document, serialized with System.Text.Json.</param>
/// <param name="ETag">Opaque version marker of this document.</param>
public sealed record StateEntry(string Json, string ETag);
