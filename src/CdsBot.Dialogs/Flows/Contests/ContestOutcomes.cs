namespace CdsBot.Dialogs.Flows.Contests;

/// <summary>A question as asked in an attempt: its place, its text and answers (never which is right), and the time allowed.</summary>
public sealed record AskedQuestion(long AttemptId, int Position, int Total, long QuestionId, string Text, IReadOnlyList<string> Choices, int Seconds);

/// <summary>How starting an attempt went.</summary>
public enum StartKind
{
    /// <summary>A new attempt; its first question is asked.</summary>
    Started,

    /// <summary>The citizen's unfinished attempt; the question it stopped at is asked again (its time runs on).</summary>
    Resumed,

    /// <summary>This channel identity already has its attempt in the round.</summary>
    AlreadyTaken,

    /// <summary>The round is not open now (or does not exist).</summary>
    NotOpen,
}

/// <summary>The outcome of starting an attempt.</summary>
public sealed record ContestStart(StartKind Kind, AskedQuestion? Question = null);

/// <summary>How an answer was taken.</summary>
public enum AnswerKind
{
    /// <summary>Recorded, right or wrong.</summary>
    Accepted,

    /// <summary>Given after the time allowed: recorded as wrong.</summary>
    TooLate,

    /// <summary>The question was already answered (a double submit or a replayed button): nothing recorded.</summary>
    Duplicate,

    /// <summary>The attempt is someone else's, or does not exist: nothing recorded.</summary>
    NotYours,

    /// <summary>The question is not the one drawn for that place of the attempt: nothing recorded.</summary>
    NotDrawn,

    /// <summary>That place of the attempt has not been asked yet: nothing recorded.</summary>
    NotAsked,
}

/// <summary>The outcome of an answer: whether it counted right, and the next question or the final score.</summary>
/// <remarks>A finished attempt also names the contest's tie-breaker question, to be asked next (null when it has none).</remarks>
public sealed record ContestAnswer(AnswerKind Kind, bool Correct = false, AskedQuestion? Next = null, int? Score = null, int? Total = null)
{
    /// <summary>The tie-breaker prediction question, asked once the last answer is in; null when the contest has none.</summary>
    public string? PredictionQuestion { get; init; }
}

/// <summary>A round open now: the contest's title, organiser and rules, the round's name, and its attempt's shape.</summary>
public sealed record OpenRound(long RoundId, string Title, string Organiser, string Rules, string RoundName, int Questions, int Seconds, DateTimeOffset EndsAt);

/// <summary>A line of a round's leaderboard.</summary>
public sealed record LeaderboardEntry(int Rank, long AttemptId, string Channel, string UserId, int Correct, long ElapsedMilliseconds, long? Prediction, DateTimeOffset FinishedAt);

/// <summary>Where a finished attempt stands now: its score, its provisional rank among the finished entries, and when the round closes.</summary>
public sealed record ContestStanding(int Score, int Total, int? Rank, int Participants, DateTimeOffset EndsAt);

/// <summary>
/// A citizen's latest finished attempt as they may see it: the contest and round, the score and rank, and once the round
/// has closed the questions drawn with their right answers (before then, <see cref="Review"/> is empty).
/// </summary>
public sealed record ContestResult(string Title, string RoundName, bool Closed, DateTimeOffset EndsAt, int Score, int Total, int? Rank, int Participants, IReadOnlyList<ReviewedQuestion> Review);

/// <summary>A question of a finished attempt after the round closed: its text, the right answer, and whether the citizen chose it.</summary>
public sealed record ReviewedQuestion(string Text, string RightAnswer, bool AnsweredRight);
