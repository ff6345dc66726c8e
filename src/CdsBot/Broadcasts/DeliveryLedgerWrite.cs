using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CdsBot.Broadcasts;

/// <summary>
/// The statement that records where a claimed ledger row stands (sending, sent, deferred, back in the queue…): every
/// column the dispatcher decides, written as the row in hand holds them, and only while this instance holds the claim.
/// That is safe because nothing else writes those columns of a row while an instance holds it (receipts, clicks,
/// opt-outs and deferred copies write other columns or rows no instance holds): a writer added later must keep it so.
/// A move out of a status before the send (<c>from</c> given: claimed → sending…) also needs the row to name the citizen
/// still: a citizen erased since the batch chose their lane (their row now names a pseudonym) is not sent to.
/// SQL rather than ExecuteUpdate, which EF cannot compile: it runs twice for every campaign message sent (see
/// <see cref="InboxEventFinish"/> for the same choice on the inbox's path).
/// </summary>
public static class DeliveryLedgerWrite
{
    /// <returns>1 when the row was held by <paramref name="owner"/> (and in <paramref name="from"/>, when given) and is written; 0 otherwise.</returns>
    public static Task<int> RunAsync(CdsBotDbContext db, DeliveryRecord row, string owner, string? from, CancellationToken cancellationToken)
    {
        // As the model maps the column (DeliveryRecordConfiguration converts it), so LINQ reads what this writes.
        var converter = db.Model.FindEntityType(typeof(DeliveryRecord))!.FindProperty(nameof(DeliveryRecord.SentAt))!.GetTypeMapping().Converter;
        var sentAt = row.SentAt is { } at ? converter?.ConvertToProvider(at) ?? at : null;
        // "Status" = COALESCE({from}, "Status") holds for any status when from is null; PostgreSQL types the parameter from
        // the column there (it could not in "{from} IS NULL"). The same for the citizen.
        var citizen = from is null ? null : row.UserId;
        return db.Database.ExecuteSqlAsync(
            $"""
            UPDATE campaign_deliveries SET "Status" = {row.Status}, "Lane" = {row.Lane}, "Reason" = {row.Reason}, "Attempts" = {row.Attempts},
              "NextAttemptMs" = {row.NextAttemptMs}, "PartsSent" = {row.PartsSent}, "PlatformMessageId" = {row.PlatformMessageId}, "SentAt" = {sentAt}
            WHERE "Id" = {row.Id} AND "ClaimedBy" = {owner} AND "Status" = COALESCE({from}, "Status") AND "UserId" = COALESCE({citizen}, "UserId")
            """,
            cancellationToken);
    }
}
