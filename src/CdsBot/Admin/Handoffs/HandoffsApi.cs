using System.Text.Json;
using CdsBot.Admin.Audit;
using CdsBot.Admin.Auth;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Engine;
using CdsBot.Handoffs;
using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Admin.Handoffs;

/// <summary>
/// The hand-off inbox: conversations where a citizen asked for a person. Staff replies go out through the citizen's own
/// channel via the outbox (so the channel's window and retries apply); the bot stays quiet until staff close the thread.
/// </summary>
public static class HandoffsApi
{
    public const string ClosingText = "Cán bộ đã kết thúc trao đổi. Anh/Chị có thể tiếp tục hỏi trợ lý ảo hoặc chọn \"Gặp cán bộ\" khi cần.";

    public static RouteGroupBuilder MapHandoffsApi(this RouteGroupBuilder admin)
    {
        var handoffs = admin.MapGroup("/handoffs").WithTags("Hand-offs");
        handoffs.MapGet("/", ListAsync).WithSummary("Hand-off requests with their threads; open ones first");
        handoffs.MapPost("/{id:long}/reply", ReplyAsync).WithSummary("Reply to the citizen through their channel");
        handoffs.MapPost("/{id:long}/close", CloseAsync).WithSummary("Close the thread; the bot answers the citizen again");
        return admin;
    }

    public static async Task<IResult> ListAsync(bool? open, IDbContextFactory<CdsBotDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var requests = await db.Handoffs.AsNoTracking().Where(h => open != true || h.ClosedAt == null).OrderByDescending(h => h.Id).Take(200).ToListAsync(cancellationToken);
        var ids = requests.Select(r => r.Id).ToList();
        var messages = (await db.HandoffMessages.AsNoTracking().Where(m => ids.Contains(m.HandoffId)).ToListAsync(cancellationToken)).ToLookup(m => m.HandoffId);
        return TypedResults.Ok(requests.OrderBy(r => r.ClosedAt is null ? 0 : 1).Select(r => new
        {
            r.Id, r.Channel, r.ConversationId, r.UserId, r.Message, r.RequestedAt, r.ClosedAt, r.ClosedBy, r.Phone, r.PhoneConsentAt,
            thread = messages[r.Id].OrderBy(m => m.Id).Select(m => new { m.From, m.StaffName, m.Text, m.At }),
        }));
    }

    public static async Task<IResult> ReplyAsync(long id, HandoffReply reply, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, IEnumerable<IOutboundChannel> senders, InboxSignal signal, AuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reply.Text) || reply.Text.Length > 4000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Anh/Chị viết câu trả lời, tối đa 4.000 ký tự."] });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.Handoffs.FindAsync([id], cancellationToken);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        if (request.ClosedAt is not null)
        {
            return TypedResults.Problem("Cuộc trò chuyện này đã kết thúc; người dân cần bấm “Gặp cán bộ” lại.", statusCode: StatusCodes.Status409Conflict);
        }

        if (senders.All(s => s.Channel != request.Channel))
        {
            return TypedResults.Problem($"Chưa gửi được trả lời qua kênh {request.Channel}: kênh này không nhận tin chủ động.", statusCode: StatusCodes.Status409Conflict);
        }

        var staff = StaffPrincipal.Name(http.User);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var message = new HandoffMessageRecord { HandoffId = id, From = "staff", StaffName = staff, Text = reply.Text.Trim(), At = time.GetUtcNow() };
        db.HandoffMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        Enqueue(db, request, -message.Id, reply.Text.Trim(), time);
        audit.Record(db, staff, "handoff.reply", id.ToString(System.Globalization.CultureInfo.InvariantCulture), new { text = reply.Text });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/admin/api/handoffs/{id}", new { queued = true });
    }

    public static async Task<IResult> CloseAsync(long id, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, IEnumerable<IOutboundChannel> senders, InboxSignal signal, AuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.Handoffs.FindAsync([id], cancellationToken);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        if (request.ClosedAt is null)
        {
            var staff = StaffPrincipal.Name(http.User);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            (request.ClosedAt, request.ClosedBy) = (time.GetUtcNow(), staff);
            var closing = new HandoffMessageRecord { HandoffId = id, From = "staff", StaffName = staff, Text = ClosingText, At = time.GetUtcNow() };
            db.HandoffMessages.Add(closing);
            await db.SaveChangesAsync(cancellationToken);
            if (senders.Any(s => s.Channel == request.Channel))
            {
                Enqueue(db, request, -closing.Id, ClosingText, time);
            }

            audit.Record(db, staff, "handoff.close", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            signal.Notify();
        }

        return TypedResults.NoContent();
    }

    /// <summary>
    /// Staff messages ride the same outbox as the bot's replies. They belong to no inbox event, so they are keyed by the
    /// negated hand-off message id, which no inbox event id (always positive) can take.
    /// </summary>
    private static void Enqueue(CdsBotDbContext db, HandoffRecord request, long key, string text, TimeProvider time) =>
        db.OutboundMessages.Add(new OutboundMessageRecord
        {
            InboxEventId = key,
            Sequence = 0,
            Channel = request.Channel,
            RecipientId = request.UserId,
            Body = JsonSerializer.Serialize(OutboundActivity.FromText(text), StateJson.Options),
            CreatedAt = time.GetUtcNow(),
        });
}

/// <summary>A staff reply.</summary>
public sealed record HandoffReply(string? Text);
