namespace CdsBot.Dialogs.Flows.Guides;

/// <summary>How a guide begins: which guide (none lists them), at which step, with the steps walked before it.</summary>
public sealed record GuideStart(string? GuideId, string? StepId = null, IReadOnlyList<string>? Trail = null, bool NothingToResume = false);
