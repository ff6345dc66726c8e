namespace CdsBot.Dialogs.Flows.Contests;

/// <summary>What a contest turn does: show the open round, start (or resume) an attempt, take an answer, or show the citizen's result.</summary>
public sealed record ContestStep(long? GoRound = null, (long Attempt, int Position, long Question, int Choice)? Answer = null, bool Result = false);
