namespace CdsBot.Inbox;

/// <summary>
/// A stored event its channel cannot understand (a shape no reading of the body makes sense of). The inbox marks it
/// ignored with this message at once instead of retrying it: another attempt reads the same bytes.
/// </summary>
public sealed class UnreadableEventException(string reason, Exception? inner = null) : Exception(reason, inner);
