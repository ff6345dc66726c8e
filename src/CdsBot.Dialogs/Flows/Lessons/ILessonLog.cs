namespace CdsBot.Dialogs.Flows.Lessons;

/// <summary>Where finished lessons are counted for staff (completions per lesson, and how many answered right).</summary>
public interface ILessonLog
{
    /// <summary>Records that a citizen finished a lesson by answering its check question.</summary>
    Task RecordAsync(LessonResult result, CancellationToken cancellationToken);
}

/// <summary>One lesson finished: by whom (channel identity), which, answered right or not, and when.</summary>
public sealed record LessonResult(string Channel, string UserId, string LessonId, bool Correct, DateTimeOffset At);
