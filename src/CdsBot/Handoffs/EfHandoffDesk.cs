using CdsBot.Dialogs.Flows.Privacy;
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
             INSERT INTO handoff_requests ("Channel", "ConversationId", "UserId", "Message", "TurnNumber", "RequestedAt", "Phone", "PhoneConsentAt", "PhoneConsentWording")
             VALUES ({request.Channel}, {request.ConversationId}, {request.UserId}, {request.Message}, {request.TurnNumber}, {time.GetUtcNow()}, {request.Phone}, {request.PhoneConsentAt}, {(request.Phone is null ? null : PrivacyPolicy.NoticeVersion)})
             ON CONFLICT ("Channel", "ConversationId", "TurnNumber") DO NOTHING
             """,
            cancellationToken);
    }

    public async Task<long?> OpenRequestAsync(string channel, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await OpenRequest.For(db)(db, channel, conversationId, cancellationToken);
    }

    public async Task AppendAsync(long requestId, string text, int turnNumber, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO handoff_messages ("HandoffId", "From", "Text", "TurnNumber", "At")
             VALUES ({requestId}, 'citizen', {text}, {turnNumber}, {time.GetUtcNow()})
             ON CONFLICT ("HandoffId", "TurnNumber") DO NOTHING
             """,
            cancellationToken);
    }

    public async Task CloseByCitizenAsync(long requestId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        await db.Handoffs.Where(h => h.Id == requestId && h.ClosedAt == null)
            .ExecuteUpdateAsync(h => h.SetProperty(x => x.ClosedAt, now).SetProperty(x => x.ClosedBy, "citizen"), cancellationToken);
    }

    // Compiled once: every citizen's turn asks it (see CompiledQuery).
    private static readonly CompiledQuery<Func<CdsBotDbContext, string, string, CancellationToken, Task<long?>>> OpenRequest =
        new(() => EF.CompileAsyncQuery((CdsBotDbContext db, string channel, string conversationId, CancellationToken _) =>
            db.Handoffs.Where(h => h.Channel == channel && h.ConversationId == conversationId && h.ClosedAt == null)
                .OrderByDescending(h => h.Id).Select(h => (long?)h.Id).FirstOrDefault()));
}
