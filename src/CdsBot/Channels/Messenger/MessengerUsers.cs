using System.Runtime.CompilerServices;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CdsBot.Channels.Messenger;

/// <summary>Tracks each person's last inbound time, so replies and broadcasts stay inside the 24-hour window.</summary>
public sealed class MessengerUsers(IDbContextFactory<CdsBotDbContext> contexts, GroupCommit groupCommit, IOptions<MessengerOptions> options, TimeProvider time)
{
    /// <summary>Adds to <paramref name="batch"/> (the writes of the turn it starts) that the person wrote at <paramref name="atMs"/>.</summary>
    public void RecordInbound(StatementBatch batch, string psid, long atMs)
    {
        // One upsert rather than a read and SaveChanges: it runs for every event (see CompiledQuery).
        var dialect = SqlDialect.Of(batch.Db.Database);
        var upsert = $$"""
            INSERT INTO messenger_users ("Psid", "LastInboundMs", "Unreachable", "UpdatedAt") VALUES ({0}, {1}, NULL, {2})
            ON CONFLICT ("Psid") DO UPDATE SET "LastInboundMs" = {{dialect.Greatest("messenger_users.\"LastInboundMs\"", "excluded.\"LastInboundMs\"")}}, "Unreachable" = NULL, "UpdatedAt" = excluded."UpdatedAt"
            """;
        batch.Add(FormattableStringFactory.Create(upsert, psid, atMs, time.GetUtcNow()));
    }

    /// <summary>Null when a free-form message may be sent now; otherwise why not.</summary>
    public async Task<string?> WhyNotReachableAsync(string psid, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return WhyNot(await Read.For(db)(db, psid, cancellationToken));
    }

    /// <summary>
    /// <see cref="WhyNotReachableAsync(string, CancellationToken)"/> for many people (a campaign's batch) from one read per
    /// <see cref="ReadChunk"/> of them, by PSID, with when each open window closes.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, MessengerWindow>> WindowsAsync(IReadOnlyCollection<string> psids, CancellationToken cancellationToken)
    {
        var distinct = psids.Distinct(StringComparer.Ordinal).ToList();
        var records = new Dictionary<string, MessengerUserRecord>(StringComparer.Ordinal);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            foreach (var chunk in distinct.Chunk(ReadChunk))
            {
                foreach (var user in await db.MessengerUsers.AsNoTracking().Where(u => chunk.Contains(u.Psid)).ToListAsync(cancellationToken))
                {
                    records[user.Psid] = user;
                }
            }
        }

        return distinct.ToDictionary(
            id => id,
            id => records.GetValueOrDefault(id) is var user && WhyNot(user) is { } why ? new MessengerWindow(why, null) : new MessengerWindow(null, OpenUntilMs(user!)),
            StringComparer.Ordinal);
    }

    /// <summary>People read by one statement at most (a parameter each, well inside SQLite's and PostgreSQL's limits).</summary>
    internal const int ReadChunk = 500;

    /// <summary>When the person's messaging window closes (Unix milliseconds), unless they write again.</summary>
    private long OpenUntilMs(MessengerUserRecord user) => user.LastInboundMs + (options.Value.WindowHours * 3_600_000L);

    private string? WhyNot(MessengerUserRecord? user) =>
        user is null ? "the person has never written to the Page"
        : time.GetUtcNow().ToUnixTimeMilliseconds() > OpenUntilMs(user) ? $"outside the {options.Value.WindowHours}-hour messaging window"
        : null;

    public async Task RecordUnreachableAsync(string psid, string reason, CancellationToken cancellationToken)
    {
        await groupCommit.RunAsync(async (db, ct) =>
        {
            await db.MessengerUsers.Where(u => u.Psid == psid).ExecuteUpdateAsync(u => u.SetProperty(x => x.Unreachable, reason), ct);
        }, cancellationToken);
    }

    // Compiled once, as the inbox's path runs it for every event (see CompiledQuery).
    private static readonly CompiledQuery<Func<CdsBotDbContext, string, CancellationToken, Task<MessengerUserRecord?>>> Read =
        new(() => EF.CompileAsyncQuery((CdsBotDbContext db, string psid, CancellationToken _) => db.MessengerUsers.AsNoTracking().SingleOrDefault(u => u.Psid == psid)));
}
