namespace CdsBot.Dialogs.Content;

/// <summary>A main-menu topic that lists its items.</summary>
/// <param name="Id">A stable id, e.g. "van-ban".</param>
/// <param name="Title">The menu title, e.g. "Nghị quyết – văn bản".</param>
/// <param name="Intro">The sentence shown above the topic's questions.</param>
public sealed record Topic(string Id, string Title, string Intro);
