namespace CdsBot.Bench.Eval;

internal static class AnswerKinds
{
    /// <summary>
    /// Answered (trace.contentId) right or wrong; otherwise offered <c>FAQ:</c> choices (a "did you mean", or any
    /// later clarifying question) with or without the right item; otherwise declined. A failed request is its own kind.
    /// </summary>
    public static AnswerKind Classify(ChatAnswer answer, string expected) =>
        answer.Failed ? AnswerKind.Failed
        : answer.ContentId is { } id ? (id == expected ? AnswerKind.Correct : AnswerKind.Wrong)
        : answer.Choices.Contains(expected) ? AnswerKind.SuggestedWithRight
        : answer.Choices.Count > 0 ? AnswerKind.SuggestedWithoutRight
        : AnswerKind.Declined;
}
