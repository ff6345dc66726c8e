using System.Runtime.CompilerServices;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Zalo;

/// <summary>Keeps each Zalo user's following state and reply window.</summary>
public sealed class ZaloUsers(IDbContextFactory<CdsBotDbContext> contexts, GroupCommit groupCommit, IOptions<ZaloOptions> options, TimeProvider time)
{
    /// <summary>
    /// Adds to <paramref name="batch"/> (the writes of the turn it starts) that the user wrote or followed at
    /// <paramref name="atMs"/> (an unfollow closes the window instead), and the profile look-up made, if one was.
    /// </summary>
    public void RecordInbound(StatementBatch batch, string userId, bool? followed, long atMs, ProfileLookup? lookedUp)
    {
        // One upsert rather than a read and SaveChanges: it runs for every event (see CompiledQuery). A new row holds
        // what an existing one would be set to; for an existing one only what this event says is changed.
        var dialect = SqlDialect.Of(batch.Db.Database);
        var wrote = followed is not false;
        List<string> changes = ["\"UpdatedAt\" = excluded.\"UpdatedAt\""];
        if (followed is not null)
        {
            changes.Add("\"Followed\" = excluded.\"Followed\"");
        }

        if (wrote)
        {
            changes.Add($"\"LastInboundMs\" = {dialect.Greatest("zalo_users.\"LastInboundMs\"", "excluded.\"LastInboundMs\"")}");
            changes.Add("\"RepliesSinceInbound\" = 0");
            changes.Add("\"Unreachable\" = NULL");
        }

        if (lookedUp is not null)
        {
            changes.Add("\"DisplayName\" = COALESCE(excluded.\"DisplayName\", zalo_users.\"DisplayName\")");
            changes.Add("\"ProfileFetchedMs\" = excluded.\"ProfileFetchedMs\"");
        }

        var now = time.GetUtcNow();
        var upsert = $$"""
            INSERT INTO zalo_users ("UserId", "Followed", "LastInboundMs", "RepliesSinceInbound", "Unreachable", "DisplayName", "ProfileFetchedMs", "UpdatedAt")
            VALUES ({0}, {1}, {2}, 0, NULL, {3}, {4}, {5})
            ON CONFLICT ("UserId") DO UPDATE SET {{string.Join(", ", changes)}}
            """;
        batch.Add(FormattableStringFactory.Create(upsert, userId, followed, wrote ? atMs : 0L, lookedUp?.Name, lookedUp is null ? 0L : now.ToUnixTimeMilliseconds(), now));
    }

    /// <summary>The cached display name, and whether it is due for a look-up (none yet, or a day old).</summary>
    public async Task<(string? Name, bool Due)> DisplayNameAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await Read.For(db)(db, userId, cancellationToken);
        var due = user is null || time.GetUtcNow().ToUnixTimeMilliseconds() - user.ProfileFetchedMs > 86_400_000L;
        return (user?.DisplayName, due);
    }

    /// <summary>Null when a consultation reply may be sent now (<paramref name="unrecorded"/>: see <see cref="Reachability"/>); otherwise why not.</summary>
    public async Task<string?> WhyNotReachableAsync(string userId, int unrecorded, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Reachability(await Read.For(db)(db, userId, cancellationToken), unrecorded).WhyNot;
    }

    /// <summary>The records of <paramref name="userIds"/> (a campaign's batch) that exist, by user id, from one read per <see cref="ReadChunk"/> of them.</summary>
    public async Task<IReadOnlyDictionary<string, ZaloUserRecord>> ReadAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var records = new Dictionary<string, ZaloUserRecord>(StringComparer.Ordinal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in userIds.Distinct(StringComparer.Ordinal).Chunk(ReadChunk))
        {
            foreach (var user in await db.ZaloUsers.AsNoTracking().Where(u => chunk.Contains(u.UserId)).ToListAsync(cancellationToken))
            {
                records[user.UserId] = user;
            }
        }

        return records;
    }

    /// <summary>Users read by one statement at most (a parameter each, well inside SQLite's and PostgreSQL's limits).</summary>
    internal const int ReadChunk = 500;

    /// <summary>
    /// Why a consultation reply may not be sent now (null when it may), and whether the user follows the OA (a follow
    /// seen, no unfollow since), from the user's record (null: the user never wrote).
    /// </summary>
    /// <param name="unrecorded">Replies sent or about to be that the window does not count yet (those of a reply being sent).</param>
    public (string? WhyNot, bool Follower) Reachability(ZaloUserRecord? user, int unrecorded)
    {
        var zalo = options.Value;
        if (user is null)
        {
            return ("the user has never written to the OA", false);
        }

        if (user.Followed is false)
        {
            return ("the user unfollowed the OA", false);
        }

        var follower = user.Followed is true;

        if (time.GetUtcNow().ToUnixTimeMilliseconds() - user.LastInboundMs > zalo.ReplyWindowHours * 3_600_000L)
        {
            return ($"outside the {zalo.ReplyWindowHours}-hour reply window", follower);
        }

        return (user.RepliesSinceInbound + unrecorded >= zalo.RepliesPerWindow
            ? $"the {zalo.RepliesPerWindow} replies allowed since the user's last message are used"
            : null, follower);
    }

    /// <summary>Adds to <paramref name="batch"/> (the writes recording the send) that <paramref name="parts"/> replies count against the user's window.</summary>
    public static void RecordSent(StatementBatch batch, string userId, int parts) =>
        batch.Add($"""UPDATE zalo_users SET "RepliesSinceInbound" = "RepliesSinceInbound" + {parts} WHERE "UserId" = {userId}""");

    public async Task RecordUnreachableAsync(string userId, string reason, CancellationToken cancellationToken)
    {
        await groupCommit.RunAsync(async (db, ct) =>
        {
            await db.ZaloUsers.Where(u => u.UserId == userId)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.Unreachable, reason), ct);
        }, cancellationToken);
    }

    // Compiled once, as the inbox's path runs it for every event (see CompiledQuery).
    private static readonly CompiledQuery<Func<CdsBotDbContext, string, CancellationToken, Task<ZaloUserRecord?>>> Read =
        new(() => EF.CompileAsyncQuery((CdsBotDbContext db, string userId, CancellationToken _) => db.ZaloUsers.AsNoTracking().SingleOrDefault(u => u.UserId == userId)));
}
