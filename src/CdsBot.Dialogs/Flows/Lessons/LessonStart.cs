namespace CdsBot.Dialogs.Flows.Lessons;

/// <summary>How a lesson begins: which lesson (none lists them, with <paramref name="ListText"/>), at which message.</summary>
public sealed record LessonStart(string? LessonId, int At = 0, string ListText = LessonTexts.List);
