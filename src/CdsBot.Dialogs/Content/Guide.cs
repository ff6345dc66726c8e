namespace CdsBot.Dialogs.Content;

/// <summary>
/// A step-by-step guide (content/guides/*.yaml): steps a citizen walks through with "Tiếp" and "Quay lại", some of
/// them branching on a question; offered when a question contains every word of one of its triggers.
/// </summary>
public sealed record Guide
{
    /// <summary>The guide's id (its file name), used in payloads.</summary>
    public required string Id { get; init; }

    /// <summary>The guide's title, shown when it starts.</summary>
    public required string Title { get; init; }

    /// <summary>The guide's label on a button (at most <see cref="MaxMenuTitleLength"/> characters).</summary>
    public required string MenuTitle { get; init; }

    /// <summary>The topic the guide belongs to.</summary>
    public required string Topic { get; init; }

    /// <summary>Short phrases: a question containing every word of one is offered the guide.</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <summary>Numbers of the source documents that state the guide's facts.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Official pages named at the end.</summary>
    public IReadOnlyList<ContentLink> Links { get; init; } = [];

    /// <summary>The steps in order; the first is where the guide starts.</summary>
    public required IReadOnlyList<GuideStep> Steps { get; init; }

    /// <summary>Button labels longer than this are cut by Messenger.</summary>
    public const int MaxMenuTitleLength = 20;

    /// <summary>The step with id <paramref name="id"/>, or null.</summary>
    public GuideStep? FindStep(string id) => Steps.FirstOrDefault(s => s.Id == id);

    /// <summary>The step after <paramref name="step"/> when the citizen presses "Tiếp"; null when the guide ends there.</summary>
    public GuideStep? NextOf(GuideStep step)
    {
        if (step.End || step.Choices.Count > 0)
        {
            return null;
        }

        if (step.Next is { } next)
        {
            return FindStep(next);
        }

        for (var i = 0; i + 1 < Steps.Count; i++)
        {
            if (Steps[i].Id == step.Id)
            {
                return Steps[i + 1];
            }
        }

        return null;
    }
}

/// <summary>One step of a <see cref="Guide"/>: its text, an optional picture, and either a branch or where "Tiếp" goes.</summary>
public sealed record GuideStep
{
    /// <summary>The step's id, unique in its guide.</summary>
    public required string Id { get; init; }

    /// <summary>What the citizen reads at this step.</summary>
    public required string Text { get; init; }

    /// <summary>An optional picture.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>A branch: the answers the step's question offers, each going to a step.</summary>
    public IReadOnlyList<GuideChoice> Choices { get; init; } = [];

    /// <summary>The step "Tiếp" goes to, when not the following one.</summary>
    public string? Next { get; init; }

    /// <summary>Whether the guide ends with this step.</summary>
    public bool End { get; init; }
}

/// <summary>One answer of a branching step, and the step it leads to.</summary>
public sealed record GuideChoice(string Title, string Next);
