using CdsBot.Dialogs.Flows.Lessons;

namespace CdsBot.Dialogs.Tests.Testing;

/// <summary>Keeps the lessons finished, for tests to read.</summary>
public sealed class RecordingLessonLog : ILessonLog
{
    public List<LessonResult> Results { get; } = [];

    public Task RecordAsync(LessonResult result, CancellationToken cancellationToken)
    {
        Results.Add(result);
        return Task.CompletedTask;
    }
}
