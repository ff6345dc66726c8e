namespace CdsBot.Lessons;

/// <summary>One lesson finished by one channel identity: which, answered right or not, and when.</summary>
public sealed class LessonResultRecord
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string UserId { get; set; }

    public required string LessonId { get; set; }

    public bool Correct { get; set; }

    public DateTimeOffset At { get; set; }
}
