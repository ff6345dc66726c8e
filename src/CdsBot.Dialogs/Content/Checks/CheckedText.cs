namespace CdsBot.Dialogs.Content.Checks;

/// <summary>
/// One text a citizen reads in a guide or lesson, with the sources that must state its facts: a guide's step, a
/// lesson's message, its check question with the right answer, its explanation.
/// </summary>
/// <param name="Kind"><see cref="CheckedKind.Guide"/> or <see cref="CheckedKind.Lesson"/>.</param>
/// <param name="Id">The guide's or lesson's id.</param>
/// <param name="Part">Where in it: "step 'bao-156'", "message 2", "check".</param>
/// <param name="Text">What the citizen reads.</param>
/// <param name="Sources">The guide's or lesson's sources.</param>
/// <param name="Tone">Whether the house tone applies (it does not to a check question's answers, which are button labels).</param>
public sealed record CheckedText(string Kind, string Id, string Part, string Text, IReadOnlyList<string> Sources, bool Tone)
{
    /// <summary>Every text of <paramref name="guide"/>: its steps.</summary>
    public static IEnumerable<CheckedText> Of(Guide guide) =>
        guide.Steps.Select(s => new CheckedText(CheckedKind.Guide, guide.Id, StepPart(s.Id), s.Text, guide.Sources, Tone: true));

    /// <summary>
    /// Every text of <paramref name="lesson"/>: its messages, the check question with its right answers (a wrong answer is
    /// wrong on purpose, so its facts are not checked) and the explanation.
    /// </summary>
    public static IEnumerable<CheckedText> Of(Lesson lesson) =>
        lesson.Messages.Select((m, i) => new CheckedText(CheckedKind.Lesson, lesson.Id, MessagePart(i), m, lesson.Sources, Tone: true))
            .Append(new CheckedText(CheckedKind.Lesson, lesson.Id, CheckPart, string.Join("\n", lesson.Check.Choices.Where(c => c.Correct).Select(c => c.Title).Prepend(lesson.Check.Question)), lesson.Sources, Tone: false))
            .Append(new CheckedText(CheckedKind.Lesson, lesson.Id, CheckPart, lesson.Check.Explanation, lesson.Sources, Tone: true));

    /// <summary>A guide step's part name.</summary>
    public static string StepPart(string stepId) => $"step '{stepId}'";

    /// <summary>A lesson message's part name (0-based <paramref name="index"/>, shown 1-based).</summary>
    public static string MessagePart(int index) => $"message {index + 1}";

    /// <summary>A lesson's check question, answers and explanation.</summary>
    public const string CheckPart = "check";
}
