namespace CdsBot.Dialogs.Flows.Lessons;

/// <summary>The payloads of the lesson flow's buttons.</summary>
public static class LessonPayloads
{
    /// <summary>List the lessons.</summary>
    public const string List = "LESSONS";

    /// <summary>Prefix of "start this lesson": "LESSON:tin-gia".</summary>
    public const string StartPrefix = "LESSON:";

    /// <summary>The next message.</summary>
    public const string Next = "LESSON_NEXT";

    /// <summary>Leave the lesson ("học tiếp" resumes it).</summary>
    public const string Exit = "LESSON_EXIT";

    /// <summary>Prefix of an answer to the check question: "LESSON_ANSWER:tin-gia:1".</summary>
    public const string AnswerPrefix = "LESSON_ANSWER:";

    /// <summary>The payload that starts <paramref name="lessonId"/>.</summary>
    public static string Start(string lessonId) => StartPrefix + lessonId;

    /// <summary>The payload of answer <paramref name="index"/> of <paramref name="lessonId"/>'s check question.</summary>
    public static string Answer(string lessonId, int index) => $"{AnswerPrefix}{lessonId}:{index}";
}
