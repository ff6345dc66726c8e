namespace CdsBot.Dialogs.Flows.Lessons;

/// <summary>A running lesson's place, persisted in the dialog stack.</summary>
public sealed class LessonState
{
    /// <summary>The lesson running.</summary>
    public string LessonId { get; set; } = "";

    /// <summary>The message shown last; the lesson's count of messages means the check question.</summary>
    public int At { get; set; }
}
