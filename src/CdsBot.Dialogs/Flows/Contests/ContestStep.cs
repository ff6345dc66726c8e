namespace CdsBot.Dialogs.Flows.Contests;

/// <summary>What a contest turn does: show the open round, start (or resume) an attempt, or take an answer.</summary>
public sealed record ContestStep(long? GoRound = null, (long Attempt, int Position, long Question, int Choice)? Answer = null);
