namespace CdsBot.Admin.Queue;

/// <summary>An item retrieval ranked for a queued question, with its question for staff to read and its fit (0 to 1).</summary>
public sealed record SuggestedItem(string ItemId, string Question, double Fit);
