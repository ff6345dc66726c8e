using CdsBot.Dialogs.Flows.Faq;

namespace CdsBot.Dialogs.Tests.Testing;

/// <summary>Keeps what the bot files in lists, with the real log's idempotency rules.</summary>
internal sealed class RecordingQuestionLog : IQuestionLog
{
    public List<UnansweredQuestion> Unanswered { get; } = [];

    public List<ItemFeedback> Feedback { get; } = [];

    public Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        if (!Unanswered.Any(u => u.Channel == question.Channel && u.ConversationId == question.ConversationId && u.TurnNumber == question.TurnNumber))
        {
            Unanswered.Add(question);
        }

        return Task.CompletedTask;
    }

    public Task RecordFeedbackAsync(ItemFeedback feedback, CancellationToken cancellationToken)
    {
        Feedback.RemoveAll(f => f.Channel == feedback.Channel && f.ConversationId == feedback.ConversationId && f.ItemId == feedback.ItemId);
        Feedback.Add(feedback);
        return Task.CompletedTask;
    }
}
