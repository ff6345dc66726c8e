namespace CdsBot.Dialogs.Flows.Guides;

/// <summary>A running guide's place, persisted in the dialog stack.</summary>
public sealed class GuideState
{
    /// <summary>The guide running.</summary>
    public string GuideId { get; set; } = "";

    /// <summary>The step shown last.</summary>
    public string StepId { get; set; } = "";

    /// <summary>The steps walked before it, oldest first ("Quay lại" goes to the last).</summary>
    public List<string> Trail { get; set; } = [];
}
