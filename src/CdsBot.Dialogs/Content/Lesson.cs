namespace CdsBot.Dialogs.Content;

/// <summary>
/// A short digital-skills lesson (content/lessons/*.yaml, "Bình dân học vụ số"): a few messages read one after another,
/// then one check question whose explanation the citizen gets whether right or wrong.
/// </summary>
public sealed record Lesson
{
    /// <summary>The lesson's id (its file name), used in payloads and in the completion counts.</summary>
    public required string Id { get; init; }

    /// <summary>The lesson's title, shown when it starts.</summary>
    public required string Title { get; init; }

    /// <summary>The lesson's label on a button (at most <see cref="Guide.MaxMenuTitleLength"/> characters).</summary>
    public required string MenuTitle { get; init; }

    /// <summary>The topic the lesson belongs to.</summary>
    public required string Topic { get; init; }

    /// <summary>Numbers of the source documents that state the lesson's facts.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The messages, in reading order.</summary>
    public required IReadOnlyList<string> Messages { get; init; }

    /// <summary>The question that ends the lesson.</summary>
    public required LessonCheck Check { get; init; }
}

/// <summary>A lesson's check question: its answers (one right) and the explanation given after any answer.</summary>
public sealed record LessonCheck(string Question, IReadOnlyList<LessonChoice> Choices, string Explanation);

/// <summary>One answer of a check question.</summary>
public sealed record LessonChoice(string Title, bool Correct);
