using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Lessons;

/// <summary>
/// Digital-skills lessons as a flow: "Học kỹ năng số" in the menu (when there are lessons), a lesson's button, and
/// "học tiếp" to continue the lesson left open, else to start the first not yet finished.
/// </summary>
public sealed class LessonFlow(LessonDialog dialog, ContentCatalog catalog) : IFlow
{
    private static readonly HashSet<string> ContinueWords = ["hoc tiep", "hoc bai tiep", "bai tiep theo", "hoc tiep bai", "hoc tiep di"];

    /// <inheritdoc />
    public Dialog Dialog => dialog;

    /// <inheritdoc />
    public MenuEntry? Menu => catalog.Content.Lessons.Count > 0 ? new MenuEntry("Học kỹ năng số", LessonPayloads.List, 60) : null;

    /// <inheritdoc />
    public FlowStart? FromPayload(TurnContext turn, string payload) =>
        payload == LessonPayloads.List ? new FlowStart(new LessonStart(null))
        : payload.StartsWith(LessonPayloads.StartPrefix, StringComparison.Ordinal) ? new FlowStart(new LessonStart(payload[LessonPayloads.StartPrefix.Length..]))
        : null;

    /// <inheritdoc />
    public FlowStart? FromText(TurnContext turn, string text)
    {
        if (!ContinueWords.Contains(Phrases.Folded(text)))
        {
            return null;
        }

        var progress = turn.User.Lessons;
        var lessons = catalog.Content.Lessons;
        if (progress.Open is { } open && catalog.Content.FindLesson(open) is not null)
        {
            return new FlowStart(new LessonStart(open, progress.Reached));
        }

        return lessons.FirstOrDefault(l => !progress.Finished.Contains(l.Id)) is { } next
            ? new FlowStart(new LessonStart(next.Id))
            : new FlowStart(new LessonStart(null, ListText: LessonTexts.AllFinished));
    }
}
