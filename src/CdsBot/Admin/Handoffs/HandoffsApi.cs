using System.Text.Json;
using CdsBot.Admin.Audit;
using CdsBot.Admin.Auth;
using CdsBot.Admin.Staff;
using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Privacy;
using CdsBot.Dialogs.Engine;
using CdsBot.Handoffs;
using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
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
        handoffs.MapPost("/{id:long}/assign", AssignAsync).WithSummary("Take the request (\"Nhận xử lý\"): only its assignee sees the citizen's personal data");
        handoffs.MapPost("/{id:long}/release", ReleaseAsync).WithSummary("Give the request back to the shared inbox");
        handoffs.MapPost("/{id:long}/reply", ReplyAsync).WithSummary("Reply to the citizen through their channel");
        handoffs.MapPost("/{id:long}/close", CloseAsync).WithSummary("Close the thread; the bot answers the citizen again");
        return admin;
    }

    public static async Task<IResult> ListAsync(bool? open, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, CancellationToken cancellationToken)
    {
        var viewer = StaffPrincipal.Name(http.User);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var requests = await db.Handoffs.AsNoTracking().Where(h => open != true || h.ClosedAt == null).OrderByDescending(h => h.Id).Take(200).ToListAsync(cancellationToken);
        var ids = requests.Select(r => r.Id).ToList();
        var messages = (await db.HandoffMessages.AsNoTracking().Where(m => ids.Contains(m.HandoffId)).ToListAsync(cancellationToken)).ToLookup(m => m.HandoffId);
        return TypedResults.Ok(requests.OrderBy(r => r.ClosedAt is null ? 0 : 1).Select(r =>
        {
            // Decree 13/2023/NĐ-CP: personal data in a thread is shown to the staff member handling it, masked to the rest.
            var masked = r.AssignedTo != viewer;
            string? Shown(string? text) => masked ? PiiMask.Mask(text) : text;
            return new
            {
                r.Id, r.Channel, r.ConversationId, r.UserId, Message = Shown(r.Message), r.RequestedAt, r.ClosedAt, r.ClosedBy,
                Phone = Shown(r.Phone), r.PhoneConsentAt, r.AssignedTo, r.AssignedAt, Masked = masked,
                thread = messages[r.Id].OrderBy(m => m.Id).Select(m => new { m.From, m.StaffName, Text = Shown(m.Text), m.At }),
            };
        }));
    }

    public static async Task<IResult> AssignAsync(long id, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, AuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = StaffPrincipal.Name(http.User);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var taken = await TryTakeAsync(db, id, staff, now, cancellationToken);
        var request = await db.Handoffs.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        if (!taken)
        {
            return request.ClosedAt is not null ? Closed()
                : request.AssignedTo == staff ? TypedResults.Ok(new { request.AssignedTo, request.AssignedAt })
                : HeldBy(request.AssignedTo!);
        }

        audit.Record(db, staff, "handoff.assign", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new { AssignedTo = staff, AssignedAt = now });
    }

    public static async Task<IResult> ReleaseAsync(long id, HttpContext http, IDbContextFactory<CdsBotDbContext> contexts, AuditLog audit, CancellationToken cancellationToken)
    {
        var staff = StaffPrincipal.Name(http.User);
        var admin = http.User.IsInRole(StaffRoles.Admin);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.Handoffs.FindAsync([id], cancellationToken);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        if (request.AssignedTo is null)
        {
            return TypedResults.NoContent();
        }

        if (request.AssignedTo != staff && !admin)
        {
            return HeldBy(request.AssignedTo);
        }

        audit.Record(db, staff, "handoff.release", id.ToString(System.Globalization.CultureInfo.InvariantCulture), new { from = request.AssignedTo });
        (request.AssignedTo, request.AssignedAt) = (null, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Gives an open request nobody holds to <paramref name="staff"/>: one conditional update, so two staff taking it at
    /// once cannot both hold it. False when it is closed or someone holds it.
    /// </summary>
    private static async Task<bool> TryTakeAsync(CdsBotDbContext db, long id, string staff, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Handoffs.Where(h => h.Id == id && h.ClosedAt == null && h.AssignedTo == null)
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.AssignedTo, staff).SetProperty(h => h.AssignedAt, now), cancellationToken) == 1;

    private static ProblemHttpResult Closed() =>
        TypedResults.Problem("Cuộc trò chuyện này đã kết thúc; người dân cần bấm “Gặp cán bộ” lại.", statusCode: StatusCodes.Status409Conflict);

    private static ProblemHttpResult HeldBy(string staff) =>
        TypedResults.Problem($"Cán bộ {staff} đang xử lý yêu cầu này.", statusCode: StatusCodes.Status409Conflict);

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
            return Closed();
        }

        if (senders.All(s => s.Channel != request.Channel))
        {
            return TypedResults.Problem($"Chưa gửi được trả lời qua kênh {request.Channel}: kênh này không nhận tin chủ động.", statusCode: StatusCodes.Status409Conflict);
        }

        var staff = StaffPrincipal.Name(http.User);
        if (request.AssignedTo is not null && request.AssignedTo != staff)
        {
            return HeldBy(request.AssignedTo);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (request.AssignedTo is null)
        {
            // Replying takes the request, the same as "Nhận xử lý" (unless someone took it a moment ago).
            if (!await TryTakeAsync(db, id, staff, time.GetUtcNow(), cancellationToken))
            {
                await db.Entry(request).ReloadAsync(cancellationToken);
                return request.ClosedAt is not null ? Closed() : HeldBy(request.AssignedTo!);
            }

            audit.Record(db, staff, "handoff.assign", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

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
