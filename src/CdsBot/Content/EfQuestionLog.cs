using CdsBot.Dialogs.Flows.Faq;
using CdsBot.Dialogs.Retrieval;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Content;

/// <summary>Files unanswered questions and item feedback in the database for staff.</summary>
public sealed class EfQuestionLog(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time) : IQuestionLog
{
    public async Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Insert-first on the unique (channel, conversation, turn): a turn run again files nothing twice.
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO unanswered_questions ("Channel", "ConversationId", "UserId", "Text", "Folded", "Band", "BestItemId", "BestScore", "TurnNumber", "AskedAt", "Status")
             VALUES ({question.Channel}, {question.ConversationId}, {question.UserId}, {question.Text}, {VietnameseText.Fold(question.Text)}, {question.Band}, {question.BestItemId}, {question.BestScore}, {question.TurnNumber}, {time.GetUtcNow()}, 'open')
             ON CONFLICT ("Channel", "ConversationId", "TurnNumber") DO NOTHING
             """,
            cancellationToken);
    }

    public async Task RecordFeedbackAsync(ItemFeedback feedback, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO item_feedback ("ItemId", "Helpful", "Channel", "ConversationId", "UserId", "At")
             VALUES ({feedback.ItemId}, {feedback.Helpful}, {feedback.Channel}, {feedback.ConversationId}, {feedback.UserId}, {time.GetUtcNow()})
             ON CONFLICT ("Channel", "ConversationId", "ItemId") DO UPDATE SET "Helpful" = excluded."Helpful", "At" = excluded."At"
             """,
            cancellationToken);
    }
}
