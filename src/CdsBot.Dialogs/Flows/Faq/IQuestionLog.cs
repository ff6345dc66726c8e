namespace CdsBot.Dialogs.Flows.Faq;

/// <summary>Where the bot files what it could not answer, and citizens' feedback on what it did answer.</summary>
public interface IQuestionLog
{
    /// <summary>Files a declined or uncertain question; idempotent per (channel, conversation, turn).</summary>
    Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken);

    /// <summary>Records feedback on an item; one vote per (channel, conversation, item), the last one counts.</summary>
    Task RecordFeedbackAsync(ItemFeedback feedback, CancellationToken cancellationToken);
}
