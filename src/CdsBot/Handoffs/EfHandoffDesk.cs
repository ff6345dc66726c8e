using CdsBot.Dialogs.Flows.Handoff;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Handoffs;

/// <summary>Files hand-off requests in the database for the staff inbox.</summary>
public sealed class EfHandoffDesk(IDbContextFactory<CdsBotDbContext> contexts, TimeProvider time) : IHandoffDesk
{
    public async Task OpenAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Insert-first on the unique (channel, conversation, turn): a turn that is run again files nothing twice.
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO handoff_requests (Channel, ConversationId, UserId, Message, TurnNumber, RequestedAt)
             VALUES ({request.Channel}, {request.ConversationId}, {request.UserId}, {request.Message}, {request.TurnNumber}, {time.GetUtcNow()})
             ON CONFLICT (Channel, ConversationId, TurnNumber) DO NOTHING
             """,
            cancellationToken);
    }
}
