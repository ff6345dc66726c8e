using CdsBot.Inbox;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CdsBot.Broadcasts;

/// <summary>
/// The statement that records where a claimed ledger row stands (sending, sent, deferred, back in the queue…): every
/// column the dispatcher decides, written as the row in hand holds them, and only while this instance holds the claim.
/// SQL rather than ExecuteUpdate, which EF cannot compile: it runs twice for every campaign message sent, in the group
/// commit (see <see cref="InboxEventFinish"/> for the same choice on the inbox's path).
/// </summary>
public static class DeliveryLedgerWrite
{
    private static readonly DateTimeOffsetToBinaryConverter SentAtColumn = new();

    /// <returns>1 when the row was held by <paramref name="owner"/> (and in <paramref name="from"/>, when given) and is written; 0 otherwise.</returns>
    public static Task<int> RunAsync(CdsBotDbContext db, DeliveryRecord row, string owner, string? from, CancellationToken cancellationToken)
    {
        var sentAt = row.SentAt is { } at ? SentAtColumn.ConvertToProvider(at) : null;
        return from is null
            ? db.Database.ExecuteSqlAsync(
                $"""
                UPDATE campaign_deliveries SET "Status" = {row.Status}, "Lane" = {row.Lane}, "Reason" = {row.Reason}, "Attempts" = {row.Attempts},
                  "NextAttemptMs" = {row.NextAttemptMs}, "PartsSent" = {row.PartsSent}, "PlatformMessageId" = {row.PlatformMessageId}, "SentAt" = {sentAt}
                WHERE "Id" = {row.Id} AND "ClaimedBy" = {owner}
                """,
                cancellationToken)
            : db.Database.ExecuteSqlAsync(
                $"""
                UPDATE campaign_deliveries SET "Status" = {row.Status}, "Lane" = {row.Lane}, "Reason" = {row.Reason}, "Attempts" = {row.Attempts},
                  "NextAttemptMs" = {row.NextAttemptMs}, "PartsSent" = {row.PartsSent}, "PlatformMessageId" = {row.PlatformMessageId}, "SentAt" = {sentAt}
                WHERE "Id" = {row.Id} AND "ClaimedBy" = {owner} AND "Status" = {from}
                """,
                cancellationToken);
    }
}
