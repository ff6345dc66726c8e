namespace CdsBot.Dialogs.State;

/// <summary>One document to write.</summary>
/// <param name="Key">The key, built by <see cref="StateKeys"/>.</param>
/// <param name="Json">The new document.</param>
/// <param name="ExpectedETag">The ETag that was read, or null when the key was read as missing.</param>
public sealed record StateWrite(string Key, string Json, string? ExpectedETag);
