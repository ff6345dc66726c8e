namespace CdsBot.Dialogs.Activities;

/// <summary>A suggested answer shown under a message; pressing it sends <paramref name="Payload"/>.</summary>
/// <param name="Title">What the citizen sees.</param>
/// <param name="Payload">What comes back when it is pressed.</param>
public sealed record QuickReply(string Title, string Payload);
