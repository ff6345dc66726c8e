using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;
using CdsBot.Dialogs.Retrieval;

namespace CdsBot.Dialogs.Flows.Guides;

/// <summary>
/// Step-by-step guides as a flow: "Hướng dẫn từng bước" in the menu (when there are guides), a guide's button, and
/// "tiếp tục" to resume the guide left open within <see cref="ResumeWithin"/>.
/// </summary>
public sealed class GuideFlow(GuideDialog dialog, ContentCatalog catalog, TimeProvider time) : IFlow
{
    private static readonly HashSet<string> ResumeWords = ["tiep tuc", "tiep tuc huong dan", "lam tiep", "lam tiep huong dan", "huong dan tiep"];

    /// <summary>How long a guide left open can be resumed.</summary>
    public TimeSpan ResumeWithin { get; init; } = TimeSpan.FromDays(30);

    /// <inheritdoc />
    public Dialog Dialog => dialog;

    /// <inheritdoc />
    public MenuEntry? Menu => catalog.Content.Guides.Count > 0 ? new MenuEntry("Hướng dẫn từng bước", GuidePayloads.List, 50) : null;

    /// <inheritdoc />
    public FlowStart? FromPayload(TurnContext turn, string payload) =>
        payload == GuidePayloads.List ? new FlowStart(new GuideStart(null))
        : payload.StartsWith(GuidePayloads.StartPrefix, StringComparison.Ordinal) ? new FlowStart(new GuideStart(payload[GuidePayloads.StartPrefix.Length..]))
        : null;

    /// <inheritdoc />
    public FlowStart? FromText(TurnContext turn, string text)
    {
        if (!ResumeWords.Contains(Phrases.Folded(text)))
        {
            return null;
        }

        var left = turn.User.Guide;
        return left is not null && time.GetUtcNow() - left.At <= ResumeWithin && catalog.Content.FindGuide(left.GuideId) is not null
            ? new FlowStart(new GuideStart(left.GuideId, left.StepId, left.Trail))
            : new FlowStart(new GuideStart(null, NothingToResume: true));
    }
}
