namespace CdsBot.Bench.Eval;

/// <summary>How a turn met a question whose right item is known.</summary>
internal enum AnswerKind
{
    Correct,
    Wrong,
    SuggestedWithRight,
    SuggestedWithoutRight,
    Declined,
    Failed,
}
