namespace CdsBot.Dialogs.State;

/// <summary>A guide left open: which, the step reached, the steps walked to get there (for "Quay lại"), and when.</summary>
public sealed record GuideProgress(string GuideId, string StepId, IReadOnlyList<string> Trail, DateTimeOffset At);
